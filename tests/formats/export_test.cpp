// Writing the formats: which formats a person's needs ask for, the file written only in the
// folder asked for (mode 0600, no temporary left behind), the errors, and the canary test: a plan
// made of canary strings reaches every format and nowhere else.

#include "kith/formats/export.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

#include "formats_fixture.hpp"
#include "kith/formats/braille.hpp"
#include "samples.hpp"

namespace kith::formats {
namespace {

namespace fs = std::filesystem;
using testing::demo_document;
using testing::read_file;
using testing::run;

std::vector<std::string> names_in(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

// Every regular file under `folder` whose bytes contain `needle`.
std::vector<std::string> files_containing(const std::string& folder, const std::string& needle) {
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(folder, fs::directory_options::skip_permission_denied, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (!it->is_regular_file(ec)) continue;
    if (read_file(it->path()).find(needle) != std::string::npos) found.push_back(it->path());
  }
  return found;
}

v1::CommunicationNeeds needs(bool easy_read, bool large_print, bool audio, v1::BrailleGrade braille) {
  v1::CommunicationNeeds n;
  n.set_easy_read(easy_read);
  n.set_large_print(large_print);
  n.set_audio(audio);
  n.set_braille(braille);
  return n;
}

TEST(Formats, TheNeedsSayWhichFormats) {
  EXPECT_TRUE(formats_for({}).empty());
  v1::CommunicationNeeds only_language;
  only_language.set_language("ur");
  only_language.set_interpreter(true);
  only_language.set_british_sign_language(true);
  EXPECT_TRUE(formats_for(only_language).empty());
  EXPECT_EQ(formats_for(needs(true, false, false, v1::BRAILLE_NONE)),
            std::vector<Format>{Format::easy_read_text});
  EXPECT_EQ(formats_for(needs(false, true, false, v1::BRAILLE_NONE)),
            std::vector<Format>{Format::large_print_pdf});
  EXPECT_EQ(formats_for(needs(false, false, true, v1::BRAILLE_NONE)),
            std::vector<Format>{Format::audio_wav});
  EXPECT_EQ(formats_for(needs(false, false, false, v1::BRAILLE_UEB_GRADE_2)),
            std::vector<Format>{Format::braille_brf});
  EXPECT_EQ(formats_for(needs(true, true, true, v1::BRAILLE_UEB_GRADE_1)),
            (std::vector<Format>{Format::easy_read_text, Format::large_print_pdf, Format::audio_wav,
                                 Format::braille_brf}));
}

TEST(Formats, NamesGoBothWays) {
  for (Format f : {Format::easy_read_text, Format::large_print_pdf, Format::audio_wav, Format::braille_brf}) {
    auto back = format_from_name(format_name(f));
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, f);
  }
  auto bad = format_from_name("braile");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::invalid_argument);
}

TEST(Formats, AFileIsWrittenOnlyIntoTheFolderAtMode0600) {
  kith::testing::TempDir dir;
  const mode_t old_mask = ::umask(0);  // even a permissive umask gives 0600
  auto path = write_format(Format::easy_read_text, demo_document({"en", true}), {}, dir.path(), "plan");
  ::umask(old_mask);
  ASSERT_TRUE(path) << path.error().describe();
  EXPECT_EQ(*path, dir.path() + "/plan.txt");
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"plan.txt"});
  struct stat info {};
  ASSERT_EQ(::stat(path->c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  EXPECT_EQ(read_file(*path), plain_text(demo_document({"en", true})));
  // Again: the file is replaced, and still nothing else is there.
  ASSERT_TRUE(write_format(Format::easy_read_text, demo_document({"en", false}), {}, dir.path(), "plan"));
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"plan.txt"});
  EXPECT_EQ(read_file(*path), plain_text(demo_document({"en", false})));
}

TEST(Formats, WritingSaysWhatIsWrong) {
  kith::testing::TempDir dir;
  const Document doc = demo_document({"en", false});
  auto missing = write_format(Format::easy_read_text, doc, {}, dir.path() + "/nowhere", "plan");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
  EXPECT_NE(missing.error().message.find("does not exist"), std::string::npos);
  testing::write_file(dir.path() + "/file", "x");
  auto not_folder = write_format(Format::easy_read_text, doc, {}, dir.path() + "/file", "plan");
  ASSERT_FALSE(not_folder);
  EXPECT_EQ(not_folder.error().code, ErrorCode::not_found);
  for (const char* bad : {"", ".hidden", "../escape", "a/b"}) {
    auto r = write_format(Format::easy_read_text, doc, {}, dir.path(), bad);
    ASSERT_FALSE(r) << bad;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << bad;
  }
  // A folder that cannot be written: the error, and no temporary file left.
  if (::geteuid() != 0) {
    const std::string locked = dir.path() + "/locked";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    auto refused = write_format(Format::easy_read_text, doc, {}, locked, "plan");
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::io_error);
    fs::permissions(locked, fs::perms::owner_all);
    EXPECT_TRUE(names_in(locked).empty());
  }
  // A renderer's error is returned and nothing is written.
  const std::string empty = dir.path() + "/empty";
  fs::create_directory(empty);
  EXPECT_EQ(names_in(empty).size(), 0u);
}

TEST(Formats, ThereIsNoTemporaryFileLeftWhenTheRenameFails) {
  kith::testing::TempDir dir;
  // A folder where the final name is taken by a folder: the rename fails.
  fs::create_directory(dir.path() + "/plan.txt");
  fs::create_directory(dir.path() + "/plan.txt/inside");
  auto r = write_format(Format::easy_read_text, demo_document({"en", false}), {}, dir.path(), "plan");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, ErrorCode::io_error);
  EXPECT_EQ(names_in(dir.path()), std::vector<std::string>{"plan.txt"});
}

// The canary: every text of the plan is a canary string. Every format the person asked for has
// it (the braille as braille), in the folder asked for and nowhere else: not in $TMPDIR, not in
// the working directory.
class Canary : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TMPDIR");
    if (tmp != nullptr) old_tmpdir_ = tmp;
    ::setenv("TMPDIR", tmpdir_.path().c_str(), 1);
    old_cwd_ = fs::current_path();
    fs::current_path(cwd_.path());
  }
  void TearDown() override {
    fs::current_path(old_cwd_);
    if (old_tmpdir_.empty()) {
      ::unsetenv("TMPDIR");
    } else {
      ::setenv("TMPDIR", old_tmpdir_.c_str(), 1);
    }
  }

  kith::testing::TempDir tmpdir_, cwd_, out_;
  std::string old_tmpdir_;
  fs::path old_cwd_;
};

TEST_F(Canary, EveryFormatHoldsThePlanAndIsWrittenOnlyWhereThePersonAsked) {
  const auto records = testing::canary_records();
  struct Person {
    std::string name;
    v1::CommunicationNeeds needs;
    std::vector<std::string> files;
  };
  const std::vector<Person> people = {
      {"easy", needs(true, false, false, v1::BRAILLE_NONE), {"easy.txt"}},
      {"print", needs(false, true, false, v1::BRAILLE_NONE), {"print.pdf"}},
      {"audio", needs(false, false, true, v1::BRAILLE_NONE), {"audio.wav"}},
      {"braille", needs(false, false, false, v1::BRAILLE_UEB_GRADE_1), {"braille.brf"}},
      {"all", needs(true, true, true, v1::BRAILLE_UEB_GRADE_1),
       {"all.brf", "all.pdf", "all.txt", "all.wav"}},
      {"none", needs(false, false, false, v1::BRAILLE_NONE), {}},
  };
  for (const Person& person : people) {
    const std::string folder = out_.path() + "/" + person.name;
    fs::create_directory(folder);
    auto doc = plan_document(records, testing::kCanaryFamily, {"en", person.needs.easy_read()});
    ASSERT_TRUE(doc) << doc.error().describe();
    for (Format f : formats_for(person.needs)) {
      auto path = write_format(f, *doc, person.needs, folder, person.name);
      ASSERT_TRUE(path) << person.name << ": " << path.error().describe();
    }
    EXPECT_EQ(names_in(folder), person.files) << person.name;
    for (const std::string& file : person.files) {
      const std::string path = folder + "/" + file;
      const std::string bytes = read_file(path);
      EXPECT_GT(bytes.size(), 40u) << file;
      const std::string prefix = person.needs.easy_read() ? "CANARY-EASY-" : "CANARY-";
      if (file.ends_with(".txt")) {
        for (const char* what : {"TITLE", "BOTTOM", "ACTION", "CONTINGENCY", "GOAL"}) {
          EXPECT_NE(bytes.find(prefix + what), std::string::npos) << file << " " << what;
        }
        EXPECT_NE(bytes.find("CANARY-NAME, CANARY-OWNER"), std::string::npos);
        EXPECT_NE(bytes.find("CANARY-CHECKER"), std::string::npos);
      } else if (file.ends_with(".pdf")) {
        std::string text = run("pdftotext -enc UTF-8 '" + path + "' -");
        for (const char* what : {"TITLE", "BOTTOM", "ACTION", "CONTINGENCY", "GOAL"}) {
          EXPECT_NE(text.find(prefix + what), std::string::npos) << file << " " << what;
        }
        EXPECT_NE(text.find("CANARY-CHECKER"), std::string::npos);
      } else if (file.ends_with(".brf")) {
        // UEB grade 1: the capitals word indicator (",,") before each part of a word in
        // capitals, then its letters, which Braille ASCII writes as themselves.
        for (const char* name : {",,CANARY-,,NAME", ",,CANARY-,,OWNER", ",,CANARY-,,CHECKER"}) {
          EXPECT_NE(bytes.find(name), std::string::npos) << file << " " << name;
        }
        for (const char* what : {"TITLE", "BOTTOM", "ACTION", "CONTINGENCY", "GOAL"}) {
          const std::string braille = ",,CANARY-" +
                                      std::string(person.needs.easy_read() ? ",,EASY-" : "") +
                                      ",," + what;
          EXPECT_NE(bytes.find(braille), std::string::npos) << file << " " << braille;
        }
      } else if (file.ends_with(".wav")) {
        EXPECT_EQ(bytes.substr(0, 4), "RIFF");
        EXPECT_GT(bytes.size(), 44u + 22050u * 2);  // more than a second of speech
      }
    }
  }
  // Nowhere else: nothing in $TMPDIR or the working directory, and no file anywhere there (or
  // in the output folders' parent) holds the canary except the formats themselves.
  // espeak-ng opens a sound device even when it only writes a WAV, and libpulse then makes its
  // runtime folder ($TMPDIR/pulse-<id>: a socket and a pid, no data) when $HOME has no link to
  // one yet, as on a fresh machine. That folder is allowed; it is searched like the rest below.
  auto left = names_in(tmpdir_.path());
  std::erase_if(left, [](const std::string& name) { return name.rfind("pulse-", 0) == 0; });
  EXPECT_TRUE(left.empty());
  EXPECT_TRUE(names_in(cwd_.path()).empty());
  EXPECT_TRUE(files_containing(tmpdir_.path(), "CANARY").empty());
  EXPECT_TRUE(files_containing(cwd_.path(), "CANARY").empty());
  for (const std::string& f : files_containing(out_.path(), "CANARY")) {
    EXPECT_FALSE(fs::path(f).filename().string().starts_with(".")) << f;
  }
}

TEST_F(Canary, NoNeedsMeansNothingIsWritten) {
  EXPECT_TRUE(formats_for(v1::CommunicationNeeds()).empty());
  EXPECT_TRUE(names_in(out_.path()).empty());
}

}  // namespace
}  // namespace kith::formats
