// Reads one paragraph's temporal expressions: the rules matched token by token, each
// match resolved against the state the text has reached (its mode, its last date),
// the first that resolves kept. A paragraph may be read again in another mode.
#pragma once

#include <annalist/model/diagnostic.hpp>
#include <annalist/model/mention.hpp>
#include <annalist/pipeline.hpp>
#include <annalist/resolve/resolver.hpp>
#include <annalist/scan/matcher.hpp>
#include <annalist/text/heading_years.hpp>
#include <annalist/text/text_positions.hpp>

#include <vector>

namespace annalist {

struct paragraph_reading {
    std::size_t begin = 0, end = 0; // the paragraph's bytes
    std::vector<mention> mentions;
    std::vector<const rule*> found_by; // the rule behind each mention
    diagnostics notes;
};

class paragraph_reader {
public:
    paragraph_reader(const document& doc, const engine_context& context);

    // Reads doc.text[begin, end) into `out` (emptied first); `state` carries the
    // last date on to the next paragraph. A second reading of a paragraph leaves its
    // notes as the first made them (they do not depend on the mode).
    void read(std::size_t begin, std::size_t end, resolve_context& state, paragraph_reading& out);
    void read_again(resolve_context& state, paragraph_reading& out);

private:
    void read_tokens(resolve_context& state, paragraph_reading& out, bool with_notes);
    std::optional<int> heading_year_at(std::size_t byte) const;
    void keep(const rule_match& candidate, resolution resolved, resolve_context& state, paragraph_reading& out);
    void note(std::size_t first_token, std::size_t end_token, std::string_view message_format, paragraph_reading& out);

    const document& doc_;
    const engine_context& context_;
    text_positions positions_;
    token_list tokens_;
    std::size_t tokenized_begin_ = std::string_view::npos; // the paragraph tokens_ holds
    candidate_list candidates_;                            // its storage reused at every token
    std::vector<heading_year_span> headed_;
};

} // namespace annalist
