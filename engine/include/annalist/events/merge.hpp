// Many articles, one chronology: the same event reported by two documents becomes
// one event with both as sources. Two reports are the same event when their
// intervals overlap and their accounts (headlines) share most of their content
// words; reports within one document are never merged, since an article that
// dates two things on one day means two things.
#pragma once

#include <annalist/config/language.hpp>
#include <annalist/model/chronology.hpp>

#include <vector>

namespace annalist {

// Earlier start first; at the same start the wider interval (a month before the days
// inside it); ties keep their order (document, then text). A pure function of the
// events, so output is deterministic.
void sort_chronologically(std::vector<event>& events);

// Merges reports of one event across documents. The most precise report (finest
// grain, then first) leads; the others become its also_reported, in input order.
// `events` must be sorted chronologically, and stays so.
void merge_reports(std::vector<event>& events, const language& lang);

// Do two accounts of an event share most of their content words? Exposed for tests.
bool same_account(std::string_view a, std::string_view b, const language& lang);

} // namespace annalist
