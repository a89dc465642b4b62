#include "needs_editor.hpp"

#include <QDate>
#include <QLocale>

namespace kith::app {

namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

//! Kith's interface languages, then languages that UK councils' interpreting services are most
//! often asked for (the person may need an interpreter or audio in one Kith is not written in).
const QStringList kLanguages = {
    QStringLiteral("en"), QStringLiteral("ur"), QStringLiteral("pa"), QStringLiteral("bn"),
    QStringLiteral("pl"), QStringLiteral("ar"), QStringLiteral("so"), QStringLiteral("ro"),
    QStringLiteral("pt"), QStringLiteral("ti"), QStringLiteral("fa"), QStringLiteral("ps"),
    QStringLiteral("ku"), QStringLiteral("gu"), QStringLiteral("ta"), QStringLiteral("tr"),
    QStringLiteral("lt"), QStringLiteral("sq"), QStringLiteral("zh"), QStringLiteral("es")};

}  // namespace

QStringList needsFlags(const v1::CommunicationNeeds& n) {
  QStringList flags;
  if (n.easy_read()) flags << NeedsEditor::tr("Easy read");
  if (n.large_print()) flags << NeedsEditor::tr("Large print");
  if (n.audio()) flags << NeedsEditor::tr("Audio");
  if (n.braille() == v1::BRAILLE_UEB_GRADE_1) flags << NeedsEditor::tr("Braille (uncontracted)");
  if (n.braille() == v1::BRAILLE_UEB_GRADE_2) flags << NeedsEditor::tr("Braille (contracted)");
  if (n.british_sign_language()) flags << NeedsEditor::tr("BSL");
  if (n.interpreter()) flags << NeedsEditor::tr("Interpreter");
  if (!n.language().empty() && n.language() != "en") {
    const QLocale locale(qs(n.language()));
    flags << (locale.language() == QLocale::C ? qs(n.language())
                                              : QLocale::languageToString(locale.language()));
  }
  if (!n.other().empty()) flags << qs(n.other());
  return flags;
}

NeedsEditor::NeedsEditor(QObject* parent) : FeatureView(parent) {}

void NeedsEditor::setPersonId(const QString& id) {
  if (id == m_personId) return;
  m_personId = id;
  m_loaded = false;
  emit personIdChanged();
  if (session()) refresh();
}

std::string NeedsEditor::target() const {
  return m_personId.isEmpty() ? me() : m_personId.toStdString();
}

bool NeedsEditor::isMe() const { return session() && target() == me(); }

void NeedsEditor::refresh() {
  const Snapshot& s = snapshot();
  const std::string who = target();
  const v1::Person* person = s.person(who);
  m_personName = qs(s.person_name(who));
  // The person, or a coordinator of a family they are in (the server holds to the same rule).
  bool coordinator = false;
  for (const auto& r : s.records(domain::Record::kMembership)) {
    const auto& m = r.membership();
    if (m.person_id() != who || !m.ended_on().empty()) continue;
    coordinator = coordinator || s.role_in(me(), m.family_id()) == v1::ROLE_COORDINATOR;
  }
  m_canEdit = person != nullptr && (who == me() || coordinator);
  const v1::CommunicationNeeds needs = person ? person->needs() : v1::CommunicationNeeds();
  m_flags = needsFlags(needs);
  m_recorded.clear();
  if (!needs.reviewed_on().empty()) {
    const QString when = day(needs.reviewed_on());
    const std::string by = s.person_name(needs.recorded_by());
    m_recorded = by.empty() ? tr("Last checked on %1.").arg(when)
                            : tr("Recorded by %1. Last checked on %2.").arg(qs(by), when);
  }
  const std::string saved = needs.SerializeAsString();
  // What the person is typing stands while the store changes under them; a fresh page, or one
  // whose edits were saved, shows what is stored.
  if (!m_loaded || !dirty()) {
    m_saved = saved;
    load(needs);
    m_loaded = true;
  } else {
    m_saved = saved;
  }
  emit refreshed();
  emit edited();
}

void NeedsEditor::load(const v1::CommunicationNeeds& n) {
  m_easyRead = n.easy_read();
  m_largePrint = n.large_print();
  m_audio = n.audio();
  m_braille = static_cast<int>(n.braille());
  m_signLanguage = n.british_sign_language();
  m_interpreter = n.interpreter();
  m_language = qs(n.language());
  m_other = qs(n.other());
}

v1::CommunicationNeeds NeedsEditor::typed() const {
  v1::CommunicationNeeds saved;
  saved.ParseFromString(m_saved);
  v1::CommunicationNeeds n;
  n.set_easy_read(m_easyRead);
  n.set_large_print(m_largePrint);
  n.set_audio(m_audio);
  n.set_braille(v1::BrailleGrade_IsValid(m_braille) ? static_cast<v1::BrailleGrade>(m_braille)
                                                    : v1::BRAILLE_NONE);
  n.set_british_sign_language(m_signLanguage);
  n.set_interpreter(m_interpreter);
  n.set_language(m_language.toStdString());
  n.set_other(m_other.trimmed().toStdString());
  n.set_recorded_by(saved.recorded_by());
  n.set_reviewed_on(saved.reviewed_on());
  return n;
}

bool NeedsEditor::dirty() const { return m_loaded && typed().SerializeAsString() != m_saved; }

QStringList NeedsEditor::languages() const { return kLanguages; }

QString NeedsEditor::languageName(const QString& tag) const {
  const QLocale locale(tag);
  if (locale.language() == QLocale::C) return tag;
  const QString english = QLocale::languageToString(locale.language());
  const QString own = locale.nativeLanguageName();
  return own.isEmpty() || own == english ? english : QStringLiteral("%1 (%2)").arg(own, english);
}

bool NeedsEditor::save() {
  if (!session()) return false;
  const v1::Person* person = snapshot().person(target());
  if (!person || !m_canEdit) {
    setProblem(tr("Only the person or a coordinator of their family can record their needs."));
    return false;
  }
  domain::Record record;
  *record.mutable_person() = *person;
  v1::CommunicationNeeds needs = typed();
  needs.set_recorded_by(me());
  needs.set_reviewed_on(QDate::currentDate().toString(Qt::ISODate).toStdString());
  *record.mutable_person()->mutable_needs() = needs;
  if (!FeatureView::save({record})) return false;
  m_saved = needs.SerializeAsString();
  emit edited();
  return true;
}

void NeedsEditor::revert() {
  v1::CommunicationNeeds saved;
  saved.ParseFromString(m_saved);
  load(saved);
  clearProblem();
  emit edited();
}

}  // namespace kith::app
