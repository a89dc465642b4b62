// The scanner itself: it finds the canary in every form it claims to, across chunk boundaries,
// once per place, and says what followed it; it finds nothing where there is nothing. Without
// these, a canary test that passes could be a scanner that never looks.

#include "disk_scan.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <fstream>

#include "samples.hpp"

namespace kith::testing {
namespace {

namespace fs = std::filesystem;

// Worked out apart from the scanner (Python's base64 and bytes.hex()), for the fixed canary below
// followed by ".tag.x", after 0, 1 and 2 other bytes.
constexpr const char* kBase64[] = {"S0lUSENBTkFSWS1hYmNkZWZnaGlqa2xtbm9wLnRhZy54",
                                   "AEtJVEhDQU5BUlktYWJjZGVmZ2hpamtsbW5vcC50YWcueA==",
                                   "AABLSVRIQ0FOQVJZLWFiY2RlZmdoaWprbG1ub3AudGFnLng="};
constexpr const char* kHex = "4b49544843414e4152592d6162636465666768696a6b6c6d6e6f70";

class DiskScan : public ::testing::Test {
 protected:
  std::vector<Hit> scan(const std::string& bytes) {
    const fs::path file = fs::path(dir_.path()) / ("f" + std::to_string(++files_));
    std::ofstream(file, std::ios::binary) << bytes;
    ScanTally tally;
    auto hits = scan_file(file, canary_, tally);
    EXPECT_EQ(tally.files, 1u);
    EXPECT_EQ(tally.bytes, bytes.size());
    return hits;
  }
  static std::string forms_of(const std::vector<Hit>& hits) {
    std::string out;
    for (const Hit& h : hits) out += (out.empty() ? "" : " ") + h.form;
    return out;
  }

  const Canary canary_{"KITHCANARY-", "abcdefghijklmnop"};
  TempDir dir_;
  int files_ = 0;
};

TEST_F(DiskScan, FindsThePlainCanaryOnceWithWhatFollowsIt) {
  const auto hits = scan("xx" + canary_.tagged("contact_log.notes") + "\n" + std::string(100, 'z'));
  ASSERT_EQ(hits.size(), 1u) << describe(hits);  // not again as its random part
  EXPECT_EQ(hits[0].form, "plain");
  EXPECT_EQ(hits[0].offset, 2u);
  EXPECT_EQ(hits[0].after.substr(0, 45), "KITHCANARY-abcdefghijklmnop.contact_log.notes");
}

TEST_F(DiskScan, FindsTheRandomPartAloneInEitherCase) {
  EXPECT_EQ(forms_of(scan("name=abcdefghijklmnop;")), "token");
  EXPECT_EQ(forms_of(scan("NAME=ABCDEFGHIJKLMNOP;")), "TOKEN");
}

TEST_F(DiskScan, FindsUtf16HexAndBase64AtEveryAlignment) {
  std::string le, be;
  for (char c : canary_.text()) {
    le += c;
    le += '\0';
    be += '\0';
    be += c;
  }
  EXPECT_EQ(forms_of(scan("\x01" + le + "\x02")), "utf-16le");
  EXPECT_EQ(forms_of(scan(be)), "utf-16be");
  EXPECT_EQ(forms_of(scan(std::string("body=") + kHex)), "hex");
  std::string upper = kHex;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  EXPECT_EQ(forms_of(scan(upper)), "HEX");
  for (int shift = 0; shift < 3; ++shift) {
    const auto hits = scan(std::string("{\"body\": \"") + kBase64[shift] + "\"}");
    ASSERT_EQ(hits.size(), 1u) << "alignment " << shift << ":\n" << describe(hits);
    EXPECT_TRUE(hits[0].form.starts_with("base64")) << hits[0].form;
  }
}

TEST_F(DiskScan, FindsACanaryThatStraddlesTwoChunks) {
  // The scanner reads 8 MiB at a time: put the canary across the first boundary, and one more
  // wholly inside the second chunk.
  const std::size_t chunk = 8u << 20;
  std::string bytes(chunk - 10, '\0');
  bytes += canary_.text();
  bytes += std::string(1000, '\0');
  bytes += canary_.text();
  const auto hits = scan(bytes);
  ASSERT_EQ(hits.size(), 2u) << describe(hits);
  EXPECT_EQ(hits[0].offset, chunk - 10);
  EXPECT_EQ(hits[1].offset, chunk - 10 + canary_.text().size() + 1000);
}

TEST_F(DiskScan, FindsNothingWhereThereIsNothing) {
  EXPECT_TRUE(scan("").empty());
  EXPECT_TRUE(scan("KITHCANARY-abcdefghijklmnoq and KITHCANARY-zbcdefghijklmnop").empty());
  EXPECT_TRUE(scan(std::string(3u << 20, 'a')).empty());
  const Canary other;  // a fresh canary is another canary
  EXPECT_NE(other.text(), canary_.text());
  EXPECT_TRUE(scan(other.text()).empty());
}

TEST_F(DiskScan, ScansATreeButNotThroughLinksOrWhatIsLeftOut) {
  const fs::path root = dir_.path();
  fs::create_directories(root / "a" / "b");
  std::ofstream(root / "a" / "b" / "deep.db", std::ios::binary) << canary_.text();
  std::ofstream(root / "a" / "asked.json", std::ios::binary) << canary_.text();
  TempDir elsewhere;
  std::ofstream(fs::path(elsewhere.path()) / "outside", std::ios::binary) << canary_.text();
  fs::create_directory_symlink(elsewhere.path(), root / "a" / "link");
  ScanTally tally;
  const auto hits = scan_tree(root, canary_, tally,
                              [](const fs::path& p) { return p.filename() != "asked.json"; });
  ASSERT_EQ(hits.size(), 1u) << describe(hits);
  EXPECT_EQ(fs::path(hits[0].path).filename(), "deep.db");
  EXPECT_EQ(tally.files, 1u);
  EXPECT_TRUE(tally.unreadable.empty());
}

}  // namespace
}  // namespace kith::testing
