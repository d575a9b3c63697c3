#include <annalist/events/anchored_events.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

namespace {

std::vector<annalist::anchored_event> anchored_in(std::string_view text) {
    return annalist::anchored_events(text, annalist::test::mentions_in(text, "2024-11-04"), annalist::test::english());
}

} // namespace

TEST_CASE("an offset after a date dates the event it names, at the date's grain") {
    const std::string text =
        "The satellite flew in November 2023, two months after the meeting at the Vostochny Cosmodrome (Interfax).";
    const auto found = anchored_in(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.text == "the meeting at the Vostochny Cosmodrome");
    CHECK(found[0].anchor.value.value == "2023-09"); // November minus two months, a month
    CHECK(found[0].anchor.anchor == annalist::anchor::event);
    CHECK(found[0].headline == "the meeting at the Vostochny Cosmodrome");
    CHECK(text.substr(found[0].anchor.begin, found[0].anchor.end - found[0].anchor.begin) == found[0].anchor.text);
}

TEST_CASE("before counts forward, days keep their grain") {
    const auto found = anchored_in("The vote came on March 3, 2020, a week before the summit in Paris.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.text == "the summit in Paris");
    CHECK(found[0].anchor.value.value == "2020-03-10");
}

TEST_CASE("no date just before, an unknown amount, or no direction word: no event") {
    CHECK(anchored_in("Two months after the meeting, talks resumed.").empty());
    CHECK(anchored_in("It came in November 2023, several months after the meeting.").empty());
    CHECK(anchored_in("It came in November 2023, two months into the war.").empty());
}
