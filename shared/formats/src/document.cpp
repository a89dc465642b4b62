#include "kith/formats/document.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

namespace kith::formats {
namespace {

// The fixed words, one row per Phrase in its order: en, ur, pa (Gurmukhi), bn, pl.
// They are family-facing: plain words, no professional terms.
// NATIVE-SPEAKER REVIEW WANTED for the Urdu, Punjabi, Bengali and Polish columns before these
// go to families: they were written carefully but not checked by a fluent reader.
constexpr std::array<std::string_view, 5> kLanguages = {"en", "ur", "pa", "bn", "pl"};
constexpr std::array<std::array<std::string_view, 5>, 12> kPhrases = {{
    {"Our family plan", "ہمارے خاندان کا منصوبہ", "ਸਾਡੇ ਪਰਿਵਾਰ ਦੀ ਯੋਜਨਾ",
     "আমাদের পরিবারের পরিকল্পনা", "Plan naszej rodziny"},
    {"Agreed on", "طے ہونے کی تاریخ", "ਸਹਿਮਤੀ ਦੀ ਤਾਰੀਖ", "সম্মত হওয়ার তারিখ", "Uzgodniony"},
    {"We look at the plan again on", "ہم منصوبے کو دوبارہ دیکھیں گے", "ਅਸੀਂ ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਾਂਗੇ",
     "আমরা আবার পরিকল্পনাটি দেখব", "Znów przyjrzymy się planowi"},
    {"What must always happen", "جو ہمیشہ ہونا چاہیے", "ਜੋ ਹਮੇਸ਼ਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ",
     "যা সবসময় হতে হবে", "Co musi dziać się zawsze"},
    {"What we will do", "ہم کیا کریں گے", "ਅਸੀਂ ਕੀ ਕਰਾਂਗੇ", "আমরা যা করব", "Co zrobimy"},
    {"Who", "کون", "ਕੌਣ", "কে", "Kto"},
    {"By", "کب تک", "ਕਦੋਂ ਤੱਕ", "কবের মধ্যে", "Do kiedy"},
    {"Who checks", "کون دیکھے گا", "ਕੌਣ ਜਾਂਚ ਕਰੇਗਾ", "কে দেখবে", "Kto sprawdza"},
    {"What we will do if the plan does not work", "اگر منصوبہ کام نہ کرے تو ہم کیا کریں گے",
     "ਜੇ ਯੋਜਨਾ ਕੰਮ ਨਾ ਕਰੇ ਤਾਂ ਅਸੀਂ ਕੀ ਕਰਾਂਗੇ", "পরিকল্পনা কাজ না করলে আমরা যা করব",
     "Co zrobimy, jeśli plan nie zadziała"},
    {"What we are working towards", "ہم کس چیز کے لیے کوشش کر رہے ہیں",
     "ਅਸੀਂ ਕਿਸ ਚੀਜ਼ ਲਈ ਕੋਸ਼ਿਸ਼ ਕਰ ਰਹੇ ਹਾਂ", "আমরা যার জন্য চেষ্টা করছি", "Do czego dążymy"},
    {"(English)", "(انگریزی)", "(ਅੰਗਰੇਜ਼ੀ)", "(ইংরেজি)", "(po angielsku)"},
    {"Page", "صفحہ", "ਪੰਨਾ", "পৃষ্ঠা", "Strona"},
}};

bool is_right_to_left(std::string_view language) {
  static constexpr std::array<std::string_view, 7> kRtl = {"ur", "ar", "fa", "he", "ps", "sd", "yi"};
  return std::find(kRtl.begin(), kRtl.end(), language) != kRtl.end();
}

// A Text as the reader should see it.
struct Chosen {
  std::string text;
  bool untranslated = false;
};

Chosen choose(const v1::Text& text, const std::string& language, bool easy_read) {
  if (language != "en") {
    // A translation keyed by the exact tag or by one with the same primary subtag ("pa-Guru").
    const v1::Translation* found = nullptr;
    for (const auto& [tag, translation] : text.translations()) {
      if (primary_language(tag) == language && !translation.text().empty()) {
        found = &translation;
        if (tag == language) break;
      }
    }
    if (found != nullptr) {
      return {easy_read && !found->easy_read().empty() ? found->easy_read() : found->text(), false};
    }
  }
  return {easy_read && !text.easy_read().empty() ? text.easy_read() : text.text(),
          language != "en"};
}

// "2026-09-14" -> "14/09/2026", the way UK letters write a day.
std::string day(const std::string& iso) {
  if (iso.size() != 10) return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

}  // namespace

std::string primary_language(std::string_view tag) {
  std::string out;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out.empty() ? std::string("en") : out;
}

std::string_view phrase(Phrase which, std::string_view language) {
  const auto row = static_cast<std::size_t>(which);
  const std::string primary = primary_language(language);
  for (std::size_t i = 0; i < kLanguages.size(); ++i) {
    if (kLanguages[i] == primary) return kPhrases[row][i];
  }
  return kPhrases[row][0];
}

Result<Document> plan_document(const std::vector<v1::Record>& records, std::string_view family_id,
                               const Reader& reader) {
  const v1::Family* family = nullptr;
  const v1::PlanVersion* version = nullptr;
  const v1::Assessment* assessment = nullptr;
  std::map<std::string, const v1::Plan*> plans;
  std::map<std::string, std::string> names;
  for (const v1::Record& record : records) {
    switch (record.body_case()) {
      case v1::Record::kFamily:
        if (record.family().id() == family_id) family = &record.family();
        break;
      case v1::Record::kPerson:
        names[record.person().id()] = record.person().display_name();
        break;
      case v1::Record::kPlan:
        if (record.plan().family_id() == family_id) plans[record.plan().id()] = &record.plan();
        break;
      case v1::Record::kPlanVersion: {
        const v1::PlanVersion& v = record.plan_version();
        if (v.family_id() == family_id && v.state() == v1::PLAN_PUBLISHED &&
            (version == nullptr || v.number() > version->number())) {
          version = &v;
        }
        break;
      }
      case v1::Record::kAssessment: {
        const v1::Assessment& a = record.assessment();
        if (a.family_id() == family_id &&
            (assessment == nullptr || a.assessed_on() >= assessment->assessed_on())) {
          assessment = &a;
        }
        break;
      }
      default:
        break;
    }
  }
  if (family == nullptr) {
    return unexpected(ErrorCode::not_found, "There is no family with that id.", "family_id");
  }
  if (version == nullptr) {
    return unexpected(ErrorCode::not_found,
                      "This family has no published plan yet: a coordinator publishes it first.",
                      "family_id");
  }

  Document doc;
  doc.language = primary_language(reader.language);
  doc.right_to_left = is_right_to_left(doc.language);
  const std::string& lang = doc.language;
  const auto say = [&](Phrase p) { return std::string(phrase(p, lang)); };
  const auto add = [&](Block::Kind kind, const v1::Text& text) {
    Chosen c = choose(text, lang, reader.easy_read);
    if (!c.text.empty()) doc.blocks.push_back({kind, std::move(c.text), text.pictogram(), c.untranslated});
  };
  const auto add_plain = [&](Block::Kind kind, std::string text) {
    doc.blocks.push_back({kind, std::move(text), {}, false});
  };
  const auto name_of = [&](const v1::Owner& owner) -> std::string {
    if (!owner.name().empty()) return owner.name();
    const auto it = names.find(owner.person_id());
    return it == names.end() ? std::string() : it->second;
  };

  const auto plan = plans.find(version->plan_id());
  if (plan != plans.end() && !plan->second->title().text().empty()) {
    Chosen title = choose(plan->second->title(), lang, reader.easy_read);
    doc.title = std::move(title.text);
    doc.title_untranslated = title.untranslated;
  } else {
    doc.title = say(Phrase::our_plan);
  }
  if (!version->agreed_on().empty()) {
    add_plain(Block::Kind::paragraph, say(Phrase::agreed_on) + ": " + day(version->agreed_on()));
  }
  if (!version->review_on().empty()) {
    add_plain(Block::Kind::paragraph, say(Phrase::look_again_on) + ": " + day(version->review_on()));
  }
  if (version->bottom_lines_size() > 0) {
    add_plain(Block::Kind::heading, say(Phrase::must_happen));
    for (const v1::BottomLine& line : version->bottom_lines()) add(Block::Kind::item, line.text());
  }
  add_plain(Block::Kind::heading, say(Phrase::we_will_do));
  for (const v1::Action& action : version->actions()) {
    add(Block::Kind::item, action.what());
    std::string who;
    for (const v1::Owner& owner : action.owners()) {
      const std::string name = name_of(owner);
      if (name.empty()) continue;
      who += (who.empty() ? "" : ", ") + name;
    }
    if (!who.empty()) add_plain(Block::Kind::paragraph, say(Phrase::who) + ": " + who);
    if (!action.due_on().empty()) {
      add_plain(Block::Kind::paragraph, say(Phrase::by_when) + ": " + day(action.due_on()));
    }
    if (action.has_checked_by()) {
      const std::string checker = name_of(action.checked_by());
      if (!checker.empty()) add_plain(Block::Kind::paragraph, say(Phrase::who_checks) + ": " + checker);
    }
  }
  if (version->has_contingency() && !version->contingency().text().text().empty()) {
    add_plain(Block::Kind::heading, say(Phrase::if_not_working));
    add(Block::Kind::paragraph, version->contingency().text());
  }
  if (assessment != nullptr && assessment->safety_goals_size() > 0) {
    add_plain(Block::Kind::heading, say(Phrase::our_goals));
    for (const v1::SafetyGoal& goal : assessment->safety_goals()) add(Block::Kind::item, goal.text());
  }
  return doc;
}

std::string plain_text(const Document& document) {
  const std::string mark = std::string(phrase(Phrase::in_english, document.language)) + " ";
  std::string out;
  if (document.title_untranslated) out += mark;
  out += document.title + "\n";
  for (const Block& block : document.blocks) {
    if (block.kind == Block::Kind::heading) out += "\n";
    if (block.kind == Block::Kind::item) out += "- ";
    if (block.untranslated) out += mark;
    out += block.text + "\n";
  }
  return out;
}

}  // namespace kith::formats
