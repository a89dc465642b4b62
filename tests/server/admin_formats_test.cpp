// kith-admin formats: the demo family's plan written in each person's formats, in their
// language, only into the folder given; and each way it can go wrong said plainly.

#include "service_fixture.hpp"

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

// Under the asan preset, LeakSanitizer reports fontconfig's own caches, which pango's global font
// map fills on the first PDF and which fontconfig frees only in FcFini() (never called by pango,
// and unsafe while anything else in the process might use fontconfig). The suppression names
// fontconfig alone, so a leak in Kith's code, cairo, pango, liblouis or espeak-ng still fails.
extern "C" const char* __lsan_default_suppressions();  // NOLINT: the sanitizer's hook
extern "C" const char* __lsan_default_suppressions() { return "leak:libfontconfig.so\n"; }

namespace kith::server::testing {
namespace {

namespace fs = std::filesystem;

const std::string kAmina = "d2000000-0000-4000-8000-000000000001";   // Urdu, large print
const std::string kZara = "d2000000-0000-4000-8000-000000000002";    // easy read, audio
const std::string kHelen = "d2000000-0000-4000-8000-000000000004";   // no needs recorded
const std::string kDemoFamily = "d1000000-0000-4000-8000-000000000001";

struct Outcome {
  int status;
  std::string out, err;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> names_in(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

class AdminFormatsTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    admin(std::string("seed-demo ") + KITH_DEMO_FILE);
    ASSERT_EQ(admin_status_, 0) << admin_err_;
    out_ = out_dir_.path();
  }

  Outcome formats(const std::string& options) {
    std::vector<std::string> args = store_args();
    args.push_back("formats");
    std::istringstream words(options);
    for (std::string w; words >> w;) args.push_back(w);
    admin::Environment env;
    env.now = [this] { return now_; };
    std::ostringstream out, err;
    const int status = admin::run(args, env, out, err);
    return {status, out.str(), err.str()};
  }

  TempDir out_dir_;
  std::string out_;
};

TEST_F(AdminFormatsTest, HelpListsTheCommand) {
  std::ostringstream out, err;
  EXPECT_EQ(admin::run({"--help"}, {}, out, err), 0);
  EXPECT_NE(out.str().find("formats --person ID --out FOLDER"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("easy-read, large-print, audio or"), std::string::npos);
}

TEST_F(AdminFormatsTest, AminaGetsLargePrintInUrdu) {
  const Outcome r = formats("--person " + kAmina + " --out " + out_);
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string file = "plan-" + kAmina + ".pdf";
  EXPECT_EQ(names_in(out_), std::vector<std::string>{file});
  EXPECT_NE(r.out.find("in ur"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("large-print: " + out_ + "/" + file), std::string::npos) << r.out;
  struct stat info {};
  ASSERT_EQ(::stat((out_ + "/" + file).c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  // The Urdu title, read back out of the PDF.
  FILE* pipe = ::popen(("pdftotext -enc UTF-8 '" + out_ + "/" + file + "' -").c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
  ::pclose(pipe);
  EXPECT_NE(text.find("خان خاندان کا منصوبہ"), std::string::npos) << text;
}

TEST_F(AdminFormatsTest, ZaraGetsEasyReadAndAudio) {
  const Outcome r = formats("--person " + kZara + " --family " + kDemoFamily + " --out " + out_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(names_in(out_), (std::vector<std::string>{"plan-" + kZara + ".txt", "plan-" + kZara + ".wav"}));
  const std::string text = read(out_ + "/plan-" + kZara + ".txt");
  EXPECT_NE(text.find("Our family plan"), std::string::npos) << text;
  EXPECT_NE(text.find("Nan stays at night when Mum works late."), std::string::npos) << text;
  EXPECT_EQ(read(out_ + "/plan-" + kZara + ".wav").substr(0, 4), "RIFF");
}

TEST_F(AdminFormatsTest, AFormatCanBeChosen) {
  const Outcome r = formats("--person " + kHelen + " --format braille --out " + out_);
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(names_in(out_), std::vector<std::string>{"plan-" + kHelen + ".brf"});
  EXPECT_NE(read(out_ + "/plan-" + kHelen + ".brf").find(",THE ,KHAN FAMILY PLAN"), std::string::npos);
  const Outcome easy = formats("--person " + kHelen + " --format easy-read --out " + out_);
  ASSERT_EQ(easy.status, 0) << easy.err;
  EXPECT_NE(read(out_ + "/plan-" + kHelen + ".txt").find("Our family plan"), std::string::npos);
}

TEST_F(AdminFormatsTest, NoNeedsMeansNothingIsWritten) {
  const Outcome r = formats("--person " + kHelen + " --out " + out_);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("ask for no format: choose one with --format"), std::string::npos) << r.err;
  EXPECT_TRUE(names_in(out_).empty());
}

TEST_F(AdminFormatsTest, EachMistakeIsSaidPlainly) {
  const Outcome unknown = formats("--person d2000000-0000-4000-8000-0000000000ff --out " + out_);
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("There is no person with that id."), std::string::npos) << unknown.err;

  const Outcome missing = formats("--person " + kAmina + " --out " + out_ + "/nowhere");
  EXPECT_EQ(missing.status, 1);
  EXPECT_NE(missing.err.find("does not exist: make it first"), std::string::npos) << missing.err;

  const Outcome bad = formats("--person " + kAmina + " --format braile --out " + out_);
  EXPECT_EQ(bad.status, 2);
  EXPECT_NE(bad.err.find("Unknown format 'braile'"), std::string::npos) << bad.err;

  const Outcome no_out = formats("--person " + kAmina);
  EXPECT_EQ(no_out.status, 2);
  EXPECT_NE(no_out.err.find("--out"), std::string::npos) << no_out.err;

  // Sam coordinates two families made by the fixture, neither with a plan.
  const Outcome which = formats("--person " + coordinator_ + " --format easy-read --out " + out_);
  EXPECT_EQ(which.status, 2);
  EXPECT_NE(which.err.find("say which with --family"), std::string::npos) << which.err;
  const Outcome no_plan = formats("--person " + coordinator_ + " --family " + other_family_ +
                                  " --format easy-read --out " + out_);
  EXPECT_EQ(no_plan.status, 1);
  EXPECT_NE(no_plan.err.find("no published plan"), std::string::npos) << no_plan.err;
  const Outcome not_member = formats("--person " + kAmina + " --family " + other_family_ + " --out " + out_);
  EXPECT_EQ(not_member.status, 1);
  EXPECT_NE(not_member.err.find("not part of that family"), std::string::npos) << not_member.err;
  EXPECT_TRUE(names_in(out_).empty());
}

TEST_F(AdminFormatsTest, ItIsAudited) {
  ASSERT_EQ(formats("--person " + kAmina + " --out " + out_).status, 0);
  std::vector<std::string> args = store_args();
  args.push_back("audit");
  std::ostringstream out, err;
  ASSERT_EQ(admin::run(args, {}, out, err), 0) << err.str();
  EXPECT_NE(out.str().find("admin:formats ok person=" + kAmina), std::string::npos) << out.str();
}

}  // namespace
}  // namespace kith::server::testing
