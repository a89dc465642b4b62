// plan_document: what the plan says to each reader (language, easy read, the English mark), and
// the fixed words in every language.

#include "kith/formats/document.hpp"

#include <gtest/gtest.h>

#include <set>

#include "formats_fixture.hpp"

namespace kith::formats {
namespace {

using testing::demo_document;
using testing::demo_records;
using testing::kDemoFamily;

bool has_block(const Document& doc, Block::Kind kind, const std::string& text, bool untranslated) {
  for (const Block& b : doc.blocks) {
    if (b.kind == kind && b.text == text && b.untranslated == untranslated) return true;
  }
  return false;
}

TEST(PlanDocument, AnEnglishReaderGetsThePlanInFull) {
  const Document doc = demo_document({"en", false});
  EXPECT_EQ(doc.title, "The Khan family plan");
  EXPECT_EQ(doc.language, "en");
  EXPECT_FALSE(doc.right_to_left);
  EXPECT_FALSE(doc.title_untranslated);
  EXPECT_TRUE(has_block(doc, Block::Kind::heading, "What must always happen", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::item,
                        "Zara goes to school every day unless she is ill.", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::heading, "What we will do", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::item, "Uncle Tariq takes Zara to school on Mondays and Thursdays.", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph, "Who: Uncle Tariq", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph, "Who: Nan Farida", false));  // from the Person
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph, "By: 15/09/2026", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph, "Who checks: Amina", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::heading, "What we will do if the plan does not work", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::heading, "What we are working towards", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::item, "Everyone knows an adult is always at home at night.", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph, "Agreed on: 10/09/2026", false));
  for (const Block& b : doc.blocks) EXPECT_FALSE(b.untranslated) << b.text;
  EXPECT_EQ(doc.blocks.front().kind, Block::Kind::paragraph);
}

TEST(PlanDocument, EasyReadTakesTheEasyReadForms) {
  const Document doc = demo_document({"en", true});
  EXPECT_EQ(doc.title, "Our family plan");
  EXPECT_TRUE(has_block(doc, Block::Kind::item, "Nan stays at night when Mum works late.", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph,
                        "If Nan cannot come, Aunt Samina comes. If no one can come, Mum calls Jo.", false));
}

TEST(PlanDocument, AnUrduReaderGetsTheTranslationsAndEnglishMarkedWhereThereIsNone) {
  const Document doc = demo_document({"ur", false});
  EXPECT_EQ(doc.language, "ur");
  EXPECT_TRUE(doc.right_to_left);
  EXPECT_EQ(doc.title, "خان خاندان کا منصوبہ");
  EXPECT_FALSE(doc.title_untranslated);
  EXPECT_TRUE(has_block(doc, Block::Kind::heading, "جو ہمیشہ ہونا چاہیے", false));
  EXPECT_TRUE(has_block(doc, Block::Kind::item,
                        "زارا اور اس کا بھائی رات کو کبھی بھی کسی بالغ کے بغیر گھر پر نہیں رہیں گے۔", false));
  // No Urdu for this one: English, marked.
  EXPECT_TRUE(has_block(doc, Block::Kind::item,
                        "Zara goes to school every day unless she is ill.", true));
  EXPECT_TRUE(has_block(doc, Block::Kind::paragraph, "کون: Uncle Tariq", false));
}

TEST(PlanDocument, ARegionSubtagFindsTheLanguage) {
  EXPECT_EQ(primary_language("pa-Guru"), "pa");
  EXPECT_EQ(primary_language("en-GB"), "en");
  EXPECT_EQ(primary_language(""), "en");
  const Document doc = demo_document({"ur-PK", false});
  EXPECT_EQ(doc.title, "خان خاندان کا منصوبہ");
}

TEST(PlanDocument, ALanguageWithoutFixedWordsGetsEnglishHeadingsAndMarks) {
  const Document doc = demo_document({"fr", false});
  EXPECT_TRUE(doc.title_untranslated);
  EXPECT_TRUE(has_block(doc, Block::Kind::heading, "What we will do", false));
  EXPECT_EQ(plain_text(doc).substr(0, 10), "(English) ");
}

TEST(PlanDocument, TheLatestPublishedVersionIsTheCurrentPlan) {
  auto records = demo_records();
  v1::Record draft, newer, superseded;
  for (const auto& r : records) {
    if (r.has_plan_version()) draft = newer = superseded = r;
  }
  draft.mutable_plan_version()->set_id("d6100000-0000-4000-8000-000000000009");
  draft.mutable_plan_version()->set_number(5);
  draft.mutable_plan_version()->set_state(v1::PLAN_DRAFT);
  draft.mutable_plan_version()->mutable_actions(0)->mutable_what()->set_text("A draft action");
  newer.mutable_plan_version()->set_id("d6100000-0000-4000-8000-000000000008");
  newer.mutable_plan_version()->set_number(2);
  newer.mutable_plan_version()->mutable_actions(0)->mutable_what()->set_text("A newer action");
  superseded.mutable_plan_version()->set_number(1);
  superseded.mutable_plan_version()->set_state(v1::PLAN_SUPERSEDED);
  records.push_back(draft);
  records.push_back(newer);
  auto doc = plan_document(records, kDemoFamily, {"en", false});
  ASSERT_TRUE(doc);
  EXPECT_TRUE(has_block(*doc, Block::Kind::item, "A newer action", false));
  EXPECT_FALSE(has_block(*doc, Block::Kind::item, "A draft action", false));
}

TEST(PlanDocument, SaysWhatIsMissing) {
  auto records = demo_records();
  auto none = plan_document(records, "d1000000-0000-4000-8000-00000000dead", {});
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::not_found);
  EXPECT_NE(none.error().message.find("no family"), std::string::npos);
  std::erase_if(records, [](const v1::Record& r) { return r.has_plan_version(); });
  auto unpublished = plan_document(records, kDemoFamily, {});
  ASSERT_FALSE(unpublished);
  EXPECT_EQ(unpublished.error().code, ErrorCode::not_found);
  EXPECT_NE(unpublished.error().message.find("no published plan"), std::string::npos);
}

TEST(PlanDocument, EveryPhraseIsWrittenInEveryLanguage) {
  for (int p = 0; p <= static_cast<int>(Phrase::page); ++p) {
    std::set<std::string_view> seen;
    for (const char* lang : {"en", "ur", "pa", "bn", "pl"}) {
      const std::string_view words = phrase(static_cast<Phrase>(p), lang);
      EXPECT_FALSE(words.empty()) << lang;
      seen.insert(words);
    }
    EXPECT_EQ(seen.size(), 5u) << "phrase " << p << " is the same in two languages";
  }
  EXPECT_EQ(phrase(Phrase::in_english, "de"), "(English)");
}

TEST(PlanDocument, FamilyFacingWordsAreTheOnesChildrenAskedFor) {
  const std::string text = plain_text(demo_document({"en", false}));
  for (const char* word : {"placement", "contact", "LAC", "looked after", "case"}) {
    EXPECT_EQ(text.find(word), std::string::npos) << word;
  }
}

TEST(PlanDocument, PlainTextHasEveryBlockAndTheMarks) {
  const std::string text = plain_text(demo_document({"ur", false}));
  EXPECT_EQ(text.substr(0, text.find('\n')), "خان خاندان کا منصوبہ");
  EXPECT_NE(text.find("- (انگریزی) Zara goes to school every day unless she is ill.\n"),
            std::string::npos);
  EXPECT_NE(text.find("\nہم کیا کریں گے\n"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
}

}  // namespace
}  // namespace kith::formats
