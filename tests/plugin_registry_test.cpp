#include <annalist/plugins/plugin_registry.hpp>

#include "support/temp_folder.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

using annalist::diagnostics;
using annalist::plugin_registry;
using annalist::probe_answer;
namespace fs = std::filesystem;

namespace {

const fs::path plugin_dir = ANNALIST_PLUGIN_DIR;
const fs::path test_plugin_dir = ANNALIST_TEST_PLUGIN_DIR;

bool mentions(const diagnostics& notes, std::string_view needle) {
    return std::any_of(notes.begin(), notes.end(), [&](const auto& d) {
        return d.message.find(needle) != std::string::npos || d.where.file.find(needle) != std::string::npos;
    });
}

// The test plugin of that name, loaded alone into `registry`.
const annalist::loaded_reader& test_reader(plugin_registry& registry, const std::string& name) {
    diagnostics notes;
    if (!registry.load(test_plugin_dir / name / (name + ".so"), notes))
        throw std::runtime_error(name + " did not load");
    const auto* reader = registry.find(name);
    if (reader == nullptr) throw std::runtime_error(name + " is not registered");
    return *reader;
}

} // namespace

TEST_CASE("the text reader loads from its shared library") {
    plugin_registry registry;
    diagnostics notes;
    REQUIRE(registry.load(plugin_dir / "annalist_text.so", notes));
    CHECK(notes.empty());
    const auto* text = registry.find("text");
    REQUIRE(text != nullptr);
    CHECK(text->info().file.filename() == "annalist_text.so");
    CHECK(text->info().name == "Plain text");
    CHECK(text->info().extensions == std::vector<std::string>{".txt", ".text"});
    CHECK(text->probe("a.txt", "plain words") == probe_answer::yes);
    CHECK(text->probe("a.dat", "plain words") == probe_answer::maybe);
    CHECK(text->probe("a.bin", std::string_view("\x7f"
                                                "ELF\0\0",
                                                6)) == probe_answer::no);
    CHECK(text->probe("a.dat", "caf\xE9 noir") == probe_answer::no); // Latin-1, not UTF-8
    CHECK(text->probe("a.txt", "caf\xE9") == probe_answer::yes);     // read() will say where it breaks
    CHECK(text->probe("a.dat", "caf\xC3") == probe_answer::maybe);   // cut by the end of the head
}

TEST_CASE("discovery finds the built-in plugins in the build tree") {
    plugin_registry registry;
    diagnostics notes;
    registry.discover({plugin_dir}, notes);
    CHECK(notes.empty());
    CHECK(registry.find("text") != nullptr);
    CHECK(registry.find("timeml") != nullptr);
    CHECK(registry.find("jsonl") != nullptr);
}

TEST_CASE("a plugin built for another ABI major is refused with its file named") {
    plugin_registry registry;
    diagnostics notes;
    const auto file = test_plugin_dir / "wrong_abi" / "wrong_abi.so";
    CHECK_FALSE(registry.load(file, notes));
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].where.file == file.string());
    CHECK(notes[0].message.find("ABI 2.0") != std::string::npos);
    CHECK(notes[0].message.find("speaks 1.1") != std::string::npos);
    CHECK(registry.find("future") == nullptr);
    CHECK(registry.readers().empty());
}

TEST_CASE("a folder with a non-plugin library and a broken file is survived with warnings") {
    annalist::test::temp_folder folder;
    fs::copy_file(test_plugin_dir / "not_a_plugin" / "not_a_plugin.so", folder / "a_not_a_plugin.so");
    folder.write("b_broken.so", "this is not an ELF file at all");
    fs::copy_file(plugin_dir / "annalist_text.so", folder / "c_text.so");
    folder.write("notes.txt", "not a library: ignored without a word");

    plugin_registry registry;
    diagnostics notes;
    registry.discover({folder.path()}, notes);
    REQUIRE(registry.readers().size() == 1);
    CHECK(registry.readers()[0].info().id == "text");
    REQUIRE(notes.size() == 2);
    // Sorted by file name, so the warnings come in that order too.
    CHECK(notes[0].where.file == (folder / "a_not_a_plugin.so").string());
    CHECK(notes[0].message.find("no 'annalist_reader_entry' symbol") != std::string::npos);
    CHECK(notes[1].where.file == (folder / "b_broken.so").string());
    CHECK(notes[1].message.find("cannot load plugin") != std::string::npos);
    CHECK_FALSE(mentions(notes, "notes.txt"));
}

TEST_CASE("the first plugin with an id wins and the later one is warned about") {
    annalist::test::temp_folder first, second;
    fs::copy_file(plugin_dir / "annalist_text.so", first / "text.so");
    fs::copy_file(plugin_dir / "annalist_text.so", second / "text.so");
    plugin_registry registry;
    diagnostics notes;
    registry.discover({first.path(), second.path()}, notes);
    REQUIRE(registry.readers().size() == 1);
    CHECK(registry.find("text")->info().file == first / "text.so");
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].where.file == (second / "text.so").string());
    CHECK(notes[0].message.find("already loaded from " + (first / "text.so").string()) != std::string::npos);
}

TEST_CASE("a plugin any user may write, or one in a folder any user may write, is refused unless allowed") {
    annalist::test::temp_folder folder;
    const fs::path file = folder / "text.so";
    fs::copy_file(plugin_dir / "annalist_text.so", file);
    fs::permissions(file, fs::perms::others_write, fs::perm_options::add);
    {
        plugin_registry registry;
        diagnostics notes;
        CHECK_FALSE(registry.load(file, notes));
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].where.file == file.string());
        CHECK(notes[0].message ==
              "the plugin is writable by any user: not loaded (--allow-insecure-plugins loads it anyway)");
    }
    fs::permissions(file, fs::perms::others_write, fs::perm_options::remove);
    fs::permissions(folder.path(), fs::perms::others_write, fs::perm_options::add);
    {
        plugin_registry registry;
        diagnostics notes;
        registry.discover({folder.path()}, notes);
        CHECK(registry.readers().empty());
        REQUIRE(notes.size() == 1);
        CHECK(notes[0].message.starts_with("its folder is writable by any user: not loaded"));
    }
    plugin_registry allowed;
    allowed.allow_insecure(true);
    diagnostics notes;
    allowed.discover({folder.path()}, notes);
    CHECK(notes.empty());
    CHECK(allowed.find("text") != nullptr);
    fs::permissions(folder.path(), fs::perms::others_write, fs::perm_options::remove);
}

TEST_CASE("a missing folder is no error and folders keep their order") {
    plugin_registry registry;
    diagnostics notes;
    registry.discover({"/nonexistent/annalist/plugins", plugin_dir}, notes);
    CHECK(notes.empty());
    // Sorted by file name: annalist_html.so, annalist_jsonl.so, annalist_markdown.so,
    // annalist_rss.so, annalist_text.so, annalist_timeml.so.
    std::vector<std::string> ids;
    for (const auto& r : registry.readers()) ids.push_back(r.info().id);
    CHECK(ids == std::vector<std::string>{"html", "jsonl", "markdown", "rss", "text", "timeml"});
}

TEST_CASE("exceptions inside a plugin become errors at the boundary") {
    plugin_registry registry;
    const auto& reader = test_reader(registry, "throwing");
    CHECK(reader.probe("x.boom", "") == probe_answer::no);

    const auto outcome = reader.read("input.boom", "bytes");
    CHECK(outcome.failed);
    CHECK(outcome.documents.empty());
    REQUIRE(outcome.notes.size() == 2);
    CHECK(outcome.notes[0].level == annalist::severity::warning);
    CHECK(outcome.notes[1].level == annalist::severity::error);
    CHECK(outcome.notes[1].where.file == "input.boom");
    CHECK(outcome.notes[1].message == "reader failed: the parser exploded");
}

TEST_CASE("choosing a reader prefers yes over maybe, in load order") {
    plugin_registry registry;
    diagnostics notes;
    REQUIRE(registry.load(test_plugin_dir / "throwing" / "throwing.so", notes));
    REQUIRE(registry.load(plugin_dir / "annalist_text.so", notes));
    CHECK(registry.choose("story.txt", "words")->info().id == "text");
    CHECK(registry.choose("story.bin", "words")->info().id == "text"); // maybe
    CHECK(registry.choose("story.bin", std::string_view("\0\1\2", 3)) == nullptr);
}

TEST_CASE("each built-in reader claims its own files") {
    plugin_registry registry;
    diagnostics notes;
    registry.discover({plugin_dir}, notes);
    CHECK(registry.choose("a.txt", "{\"text\": 1}")->info().id == "text");
    CHECK(registry.choose("a.jsonl", "{\"text\": 1}")->info().id == "jsonl");
    CHECK(registry.choose("a.tml", "<?xml version=\"1.0\" ?>")->info().id == "timeml");
    CHECK(registry.choose("a.xml", "<?xml version=\"1.0\" ?>\n<TimeML>")->info().id == "timeml");
    CHECK(registry.choose("a.dat", "{\"text\": 1}")->info().id == "jsonl"); // both maybe: the first loaded wins
    CHECK(registry.choose("README", "Plain words.")->info().id == "text");
    CHECK(registry.choose("notes.md", "Plain words.")->info().id == "markdown");
    CHECK(registry.choose("notes", "---\ntitle: x\n---\n")->info().id == "markdown"); // before text's maybe
    CHECK(registry.choose("page.htm", "anything")->info().id == "html");
    CHECK(registry.choose("download", "  <!DOCTYPE html><html>")->info().id == "html");
    CHECK(registry.choose("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">")->info().id == "rss");
    CHECK(
        registry.choose("feed.xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">")->info().id ==
        "rss");
    CHECK(registry.choose("story.txt", "About <rss> and <html> tags.")->info().id == "text");
}

TEST_CASE("a reader's date stamps cross the boundary, checked against its text") {
    plugin_registry registry;
    const auto& reader = test_reader(registry, "stamping");

    const auto ok = reader.read("a.stamp", "ok");
    REQUIRE(ok.documents.size() == 1);
    CHECK(ok.documents[0].stamps == std::vector<annalist::text_range>{{0, 23}});

    const auto outside = reader.read("b.stamp", "outside");
    CHECK(outside.failed);
    CHECK(outside.documents.empty());
    REQUIRE(outside.notes.size() == 1);
    CHECK(outside.notes[0].message == "reader handed back a date stamp [24, 400) outside its text or out of order");
    const auto unordered = reader.read("c.stamp", "unordered");
    CHECK(unordered.failed);
    CHECK(unordered.notes.at(0).message == "reader handed back a date stamp [0, 5) outside its text or out of order");
}
