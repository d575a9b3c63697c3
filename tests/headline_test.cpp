#include <annalist/events/headline.hpp>

#include <catch2/catch.hpp>

namespace {

std::string headline_of(std::string_view sentence, std::string_view date) {
    const auto at = sentence.find(date);
    REQUIRE(at != std::string_view::npos);
    return annalist::make_headline(sentence, at, at + date.size());
}

} // namespace

TEST_CASE("a headline is the clause without its date, citation or attribution") {
    CHECK(headline_of("The city council approved the rebuild on 2023-02-20, after a four-hour public hearing.",
                      "2023-02-20") == "The city council approved the rebuild, after a four-hour public hearing");
    CHECK(headline_of("On Oct. 7, 2024, the transport committee heard of the delay.", "Oct. 7, 2024") ==
          "The transport committee heard of the delay");
    CHECK(headline_of("Tolls resume on April 1, 2025 (Gazette, March 14).", "April 1, 2025") == "Tolls resume");
    CHECK(headline_of("The bridge will reopen in May 2025, the ministry said.", "May 2025") ==
          "The bridge will reopen");
    CHECK(headline_of("Prices rose; in June 2024 the bank raised rates; growth slowed.", "June 2024") ==
          "The bank raised rates");
    CHECK(headline_of("A revised schedule, published on the 4th of November, 2024, moved the opening.",
                      "4th of November, 2024") == "A revised schedule, published, moved the opening");
}

TEST_CASE("a long headline is cut at a word boundary") {
    const std::string sentence = "On March 3, 2020 " + std::string(30, 'x') +
                                 " the negotiators of both delegations "
                                 "met again in a long session that lasted well into the night and beyond.";
    const std::string h = headline_of(sentence, "March 3, 2020");
    CHECK(h.size() <= 92); // 89 characters and the three bytes of the ellipsis
    CHECK(h.ends_with("…"));
    CHECK(h.find("March") == std::string::npos);
}
