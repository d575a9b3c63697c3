#include <annalist/events/anchored_events.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

namespace {

annalist::anchored_dating dating_of(std::string_view text) {
    return annalist::anchored_events(text, annalist::test::mentions_in(text, "2024-11-04"), annalist::test::english());
}

std::vector<annalist::anchored_event> anchored_in(std::string_view text) { return dating_of(text).events; }

} // namespace

TEST_CASE("an offset after a date dates the event it names, at the date's grain") {
    const std::string text =
        "The satellite flew in November 2023, two months after the meeting at the Vostochny Cosmodrome (Interfax).";
    const auto found = anchored_in(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.text == "the meeting at the Vostochny Cosmodrome");
    CHECK(found[0].anchor.value.value == "2023-09"); // November minus two months, a month
    CHECK(found[0].anchor.anchor == annalist::anchor::event);
    CHECK(found[0].headline == "The meeting at the Vostochny Cosmodrome");
    CHECK(text.substr(found[0].anchor.begin, found[0].anchor.end - found[0].anchor.begin) == found[0].anchor.text);
}

TEST_CASE("before counts forward, days keep their grain") {
    const auto found = anchored_in("The vote came on March 3, 2020, a week before the summit in Paris.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.text == "the summit in Paris");
    CHECK(found[0].anchor.value.value == "2020-03-10");
}

TEST_CASE("no date for the named event, an unknown amount, or no direction word: no event") {
    CHECK(anchored_in("Two months after the meeting, talks resumed.").empty());
    CHECK(anchored_in("Two months after taking office, she resigned on May 3.").empty());
    CHECK(anchored_in("It came in November 2023, several months after the meeting.").empty());
    CHECK(anchored_in("It came in November 2023, two months into the war.").empty());
}

TEST_CASE("an event named elsewhere with a date dates the clause that counts from it") {
    const std::string text = "The leaders met at a summit in Geneva on June 12. "
                             "The day after the summit, the ministers signed the accord.";
    const auto found = anchored_in(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.text == "The day after the summit");
    CHECK(found[0].anchor.value.value == "2024-06-13");
    CHECK(found[0].anchor.anchor == annalist::anchor::event);
    CHECK(found[0].headline == "The ministers signed the accord");
}

TEST_CASE("a date later in the sentence dates the event an earlier clause counts back from") {
    const auto found = anchored_in("A week before the vote, the polls closed early; the vote was held on May 30.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.text == "A week before the vote");
    CHECK(found[0].anchor.value.value == "2024-05-23");
    CHECK(found[0].headline == "The polls closed early");
}

TEST_CASE("dates flow along a chain of ties until nothing changes") {
    const auto found = anchored_in("The treaty was signed on March 3, 2020. The summit opened a week after the treaty. "
                                   "The ministers met two days before the summit.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].anchor.text == "a week after the treaty"); // the summit: March 10
    CHECK(found[0].anchor.value.value == "2020-03-10");
    CHECK(found[1].anchor.text == "two days before the summit"); // the ministers' meeting: March 8
    CHECK(found[1].anchor.value.value == "2020-03-08");
}

TEST_CASE("events dated only from each other are a cycle: reported, left undated") {
    const auto dating = dating_of("The summit opened a day after the vote. The vote was held a day after the summit.");
    CHECK(dating.events.empty());
    REQUIRE(dating.problems.size() == 1);
    CHECK(dating.problems[0].message.find("cycle") != std::string::npos);
    CHECK(dating.problems[0].at == 58); // "a day after the summit"
}

TEST_CASE("a tie that contradicts the dates at both ends is reported, and nothing is guessed") {
    const auto dating = dating_of("The vote was held on May 30. The summit opened a day after the vote. "
                                  "The vote was held a day after the summit.");
    CHECK(dating.events.empty()); // not the summit on May 31, which the last sentence denies
    REQUIRE(dating.problems.size() == 1);
    CHECK(dating.problems[0].message.find("contradicts") != std::string::npos);
}

TEST_CASE("a clock time dates no day of its own, and a name after a date is not what it dates") {
    CHECK(anchored_in("A jogger saw the car at 6 a.m. ten days before the shooting.").empty());
    CHECK(anchored_in("He was charged on Thursday with the murder. Ten days before the murder, a jogger saw his car.")
              .empty());
    // The name before the date is dated by it.
    const auto found =
        anchored_in("The murder happened on Thursday. Ten days before the murder, a jogger saw his car.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].anchor.value.value == "2024-10-21"); // Thursday Oct 31 (news default: the one just past) - 10
}

TEST_CASE("an offset finer than its anchor's grain leaves the tie out: it is not certain") {
    // The election is dated to its week: three days before it may be that week or the one before.
    const auto week = anchored_in("The election was held last week. The council voted three days before the "
                                  "election.");
    CHECK(week.empty());
    // From a month, days or weeks are as uncertain; months are not.
    CHECK(anchored_in("The summit took place in March 2020. Ten days after the summit, the pact was signed.").empty());
    const auto months = anchored_in("The summit took place in March 2020. Two months after the summit, the pact "
                                    "was signed.");
    REQUIRE(months.size() == 1);
    CHECK(months[0].anchor.value.value == "2020-05");
    // Whole weeks move a week exactly.
    const auto weeks = anchored_in("The election was held last week. The council voted 14 days after the election.");
    REQUIRE(weeks.size() == 1);
    CHECK(weeks[0].anchor.value.value == "2024-W46");
}

TEST_CASE("a date right after the name, or in a relative clause about it, dates the named event") {
    // The memorial is 50 years after November 1918, not in it.
    auto dated = dating_of("The memorial was unveiled 50 years after the armistice of November 1918.");
    REQUIRE(dated.events.size() == 2);
    CHECK(dated.events[0].anchor.value.value == "1968-11");
    CHECK(dated.events[0].headline == "The memorial was unveiled");
    CHECK(dated.events[1].anchor.value.value == "1918-11");
    CHECK(dated.events[1].headline == "The armistice of November 1918");
    REQUIRE(dated.naming_dates.size() == 1); // so the clause is not dated November 1918 as well
    // The election is October 20; the deployment three days before it.
    dated = dating_of("Police were deployed three days before the election, which was held on October 20.");
    REQUIRE(dated.events.size() == 2);
    CHECK(dated.events[0].anchor.value.value == "2024-10-17");
    CHECK(dated.events[1].anchor.value.value == "2024-10-20");
    CHECK(dated.events[1].headline == "The election");
}

TEST_CASE("a name its clause dates twice is not dated, and 'for N years after' is a length, not a tie") {
    // Which of the two days the vote is, is a guess: the board meeting is left out.
    CHECK(anchored_in("The governor called the vote for March 3 and March 17. The board met 10 days after the "
                      "governor called the vote.")
              .empty());
    CHECK(anchored_in("He coached the team for 31 years after the club was founded in 1950.").empty());
    CHECK(anchored_in("Prices fell over two years after the crash of October 1987.").empty());
}
