#include <annalist/text/code_points.hpp>

#include <catch2/catch.hpp>

TEST_CASE("byte offsets become code point offsets") {
    // "Kim’s" has a three-byte apostrophe; "🗞" is four bytes.
    const std::string text = "Kim\xE2\x80\x99s \xF0\x9F\x97\x9E June";
    annalist::code_point_counter counter(text);
    CHECK(counter.at(0) == 0);
    CHECK(counter.at(3) == 3);    // before the apostrophe
    CHECK(counter.at(6) == 4);    // after it
    CHECK(counter.at(8) == 6);    // before the newspaper
    CHECK(counter.at(12) == 7);   // after it
    CHECK(counter.at(13) == 8);   // "June" starts here
    CHECK(counter.at(3) == 3);    // going back counts again
    CHECK(counter.at(999) == 12); // clamped to the end
}
