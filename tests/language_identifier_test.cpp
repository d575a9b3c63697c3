#include <annalist/config/language_identifier.hpp>
#include <annalist/pipeline.hpp>

#include "support/english.hpp"

#include <catch2/catch.hpp>

namespace {

const annalist::language_identifier& shipped() {
    static const auto id = annalist::language_identifier::parse(
        annalist::test::read_file(std::string(ANNALIST_SOURCE_DIR) + "/configs/languages/identify.toml"),
        "identify.toml");
    return id;
}

// Written for this test: a news paragraph in each language.
const std::string portuguese =
    "O presidente anunciou na ter\xC3\xA7\x61-feira, 5 de mar\xC3\xA7o de 2019 \xC3\xA0s 9:41, que o governo vai "
    "enviar ao Congresso uma nova proposta para a reforma da previd\xC3\xAAncia. Segundo o ministro, a proposta foi "
    "discutida com os l\xC3\xAD"
    "deres dos partidos e deve ser votada ainda este ano.";
const std::string german = "Der Bundestag hat am Donnerstag \xC3\xBC\x62\x65r das neue Gesetz abgestimmt. Die "
                           "Opposition kritisierte, dass die Regierung den Entwurf nicht mit den L\xC3\xA4ndern "
                           "besprochen habe, und kündigte eine Klage an. Auch die Verbände sind nicht zufrieden.";
const std::string russian = "\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82 ";

} // namespace

TEST_CASE("a text in another language or script is named, an English one is not") {
    CHECK(shipped().other_language(portuguese, "en") == "Portuguese");
    CHECK(shipped().other_language(german, "en") == "German");
    std::string cyrillic;
    for (int i = 0; i < 10; ++i) cyrillic += russian; // "Президент " ten times: 90 Cyrillic letters
    CHECK(shipped().other_language(cyrillic, "en") == "Cyrillic script");
    // English quoting another language's phrase, and names, stay English.
    CHECK_FALSE(shipped().other_language("The minister said on Tuesday that the reform, known in Brazil as \"a nova "
                                         "previd\xC3\xAAncia do governo\", would be sent to Congress before the end "
                                         "of the year, and that the unions had been told.",
                                         "en"));
    CHECK_FALSE(shipped().other_language("Putin met Kim at the Vostochny Cosmodrome in Amur oblast.", "en"));
    // Too little text tells nothing: "o", "de" and "que" are three words.
    CHECK_FALSE(shipped().other_language("Sexta-feira de manh\xC3\xA3 o que", "en"));
    // German text with German rules loaded is read.
    CHECK_FALSE(shipped().other_language(german, "de"));
    // A language the file does not list cannot be compared with: nothing is told.
    CHECK_FALSE(shipped().other_language(portuguese, "xx"));
}

TEST_CASE("a bad identification file names its position") {
    CHECK_THROWS_WITH(annalist::language_identifier::parse("[languages.en]\nname = \"English\"\n", "id.toml"),
                      Catch::Contains("id.toml") && Catch::Contains("needs an array 'words'"));
    CHECK_THROWS_WITH(annalist::language_identifier::parse("[scripts]\nGreek = [[1]]\n", "id.toml"),
                      Catch::Contains("id.toml:2") && Catch::Contains("[first, last]"));
    CHECK_THROWS_WITH(annalist::language_identifier::parse("[language]\n", "id.toml"),
                      Catch::Contains("id.toml") && Catch::Contains("language"));
}

TEST_CASE("a document in another language is reported once and left unread, dated or not") {
    annalist::document doc;
    doc.source = "pt.txt";
    doc.text = portuguese;
    const auto undated = annalist::build_chronology({doc}, annalist::test::english_engine());
    CHECK(undated.events.empty());
    REQUIRE(undated.notes.size() == 1);
    CHECK(undated.notes[0].message == "the text is in Portuguese, and the rules loaded are for 'en': left unread");
    doc.published = date::year{2019} / 3 / 6;
    annalist::diagnostics notes;
    CHECK(annalist::find_mentions(doc, annalist::test::english_engine(), notes).empty());
    CHECK(notes.size() == 1);
}
