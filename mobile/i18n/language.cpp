#include "language.hpp"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>
#include <QTranslator>

#include "preferences.hpp"

namespace kith::app {

namespace {

// The locale for numbers and dates. English is British English: Kith serves UK services.
QLocale localeFor(const QString& tag) {
  if (tag == QLatin1String("en")) return QLocale(QLocale::English, QLocale::UnitedKingdom);
  return QLocale(tag);
}

// Qt asks fontconfig for a fallback font for each script, and for Arabic script it may pick a Kufi
// face that draws the letters only Urdu uses (ہ ں ے) wrongly. Naming the Noto faces that cover
// Urdu, Gurmukhi and Bengali after the default family makes Qt use them. The chosen language's
// face comes first: Qt warns ("OpenType support missing") for each face it tries before the right
// one. A family the system lacks is left out (phones bring their own fonts for these scripts).
void preferScriptFonts(const QString& language) {
  static const QString base = QGuiApplication::font().family();
  QStringList faces = {QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans Gurmukhi"),
                       QStringLiteral("Noto Sans Bengali")};
  const int first = language == QLatin1String("pa") ? 1 : language == QLatin1String("bn") ? 2 : 0;
  faces.move(first, 0);
  QStringList families = {base};
  for (const QString& face : std::as_const(faces)) {
    if (QFontDatabase::hasFamily(face)) families << face;
  }
  QFont font = QGuiApplication::font();
  if (font.families() == families) return;
  font.setFamilies(families);
  QGuiApplication::setFont(font);
}

}  // namespace

Language::Language(QQmlEngine* engine, Preferences* preferences, QObject* parent)
    : QObject(parent), m_preferences(preferences) {
  if (engine) m_engines << engine;
  if (m_preferences) connect(m_preferences, &Preferences::changed, this, &Language::follow);
  apply(m_preferences ? m_preferences->language() : QStringLiteral("en"));
}

Language::~Language() {
  if (m_chosen) QCoreApplication::removeTranslator(m_chosen.get());
  if (m_english) QCoreApplication::removeTranslator(m_english.get());
}

void Language::attach(QQmlEngine* engine) {
  if (!engine || m_engines.contains(engine)) return;
  m_engines << engine;
  engine->setUiLanguage(m_current);
  engine->retranslate();
}

QString Language::qmPath(const QString& tag) {
  return QStringLiteral(":/i18n/kith_%1.qm").arg(tag);
}

void Language::follow() {
  // Preferences::changed says nothing about which preference changed: most are not the language.
  if (m_preferences && m_preferences->language() != m_current) apply(m_preferences->language());
}

bool Language::apply(const QString& tag) {
  if (!m_english) {
    // English underneath everything: the plural forms, and the fallback for anything untranslated.
    m_english = std::make_unique<QTranslator>();
    if (m_english->load(qmPath(QStringLiteral("en")))) {
      QCoreApplication::installTranslator(m_english.get());
    } else {
      qWarning("kith: %s is missing; English plurals will read \"1 nights\"",
               qPrintable(qmPath(QStringLiteral("en"))));
    }
  }
  if (m_chosen) {
    QCoreApplication::removeTranslator(m_chosen.get());
    m_chosen.reset();
  }
  bool loaded = true;
  QString language = tag;
  if (tag != QLatin1String("en")) {
    auto translator = std::make_unique<QTranslator>();
    loaded = translator->load(qmPath(tag));
    if (loaded) {
      QCoreApplication::installTranslator(translator.get());
      m_chosen = std::move(translator);
    } else {
      qWarning("kith: no translation for language \"%s\"; showing English", qPrintable(tag));
      language = QStringLiteral("en");
    }
  }

  preferScriptFonts(language);
  const QLocale locale = localeFor(language);
  QLocale::setDefault(locale);
  QGuiApplication::setLayoutDirection(locale.textDirection());
  const bool languageChanged = language != m_current;
  m_current = language;
  for (const auto& engine : std::as_const(m_engines)) {
    if (!engine) continue;
    engine->setUiLanguage(language);
    engine->retranslate();
  }
  if (languageChanged) emit changed();
  return loaded;
}

}  // namespace kith::app
