// Where a paragraph's letters, digits and whitespace are, one bit per byte, and from
// them where its tokens start and end. ASCII is classified sixteen bytes at a time;
// the few characters from 0x80 are marked one by one by the tokenizer, which knows how
// they fold. The tokenizer then reads every token's bounds off two bit masks instead
// of testing the text byte by byte; the same pass writes the paragraph with its ASCII
// letters lowered, which is most of the folding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace annalist {

class byte_masks {
public:
    // 64 bytes of text: bit k is byte 64 * (the block's index) + k.
    struct block {
        std::uint64_t letters = 0, digits = 0, spaces = 0;
        std::uint64_t high = 0;             // bytes from 0x80, each in a character for mark()
        std::uint64_t joined = 0;           // bytes of a punctuation character after its first
        std::uint64_t starts = 0, ends = 0; // a token's first and last byte
        std::uint64_t spaced = 0;           // a token's first byte, after whitespace or the start
    };
    enum class character { letter, space, punct };

    // The bytes assign() writes to `lowered`: whole blocks.
    static constexpr std::size_t lowered_size(std::size_t size) { return (size + 63) / 64 * 64; }

    // Classifies the ASCII bytes of text[0, size) and writes them to `lowered` with A-Z
    // as a-z (the bytes after `size`, to the end of the block, as zeros). Returns
    // whether any byte is from 0x80: each character with such bytes must be mark()ed.
    bool assign(const unsigned char* text, std::size_t size, char* lowered);
    // Makes room for a text grown to `size` bytes (a last character that runs past its end).
    void grow(std::size_t size);
    // The character at [at, at + length), of bytes from 0x80: letters join a word, a
    // punctuation character is a token of its own, whitespace separates.
    void mark(std::size_t at, std::size_t length, character c);
    // Finds the tokens of text[0, size), every byte classified: a run of letters, a run
    // of digits, or one punctuation character.
    void find_tokens(std::size_t size);

    // The blocks, and one clear block after them.
    [[nodiscard]] const block* blocks() const { return blocks_.data(); }

private:
    std::vector<block> blocks_;
};

} // namespace annalist
