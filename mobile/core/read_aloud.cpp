#include "read_aloud.hpp"

#include <QLocale>
#include <QQuickItem>
#include <QTextToSpeech>

namespace kith::app {

namespace {

//! The language's own name in English words for a message ("Urdu"), from Qt's locale data.
QString languageName(const QString& tag) {
  return QLocale::languageToString(QLocale(tag).language());
}

bool isControl(const QQuickItem* item) {
  for (const QObject* o = item; o; o = o->parent()) {
    if (o->inherits("QQuickAbstractButton") || o->inherits("QQuickTextInput") ||
        o->inherits("QQuickTextEdit")) {
      return true;
    }
  }
  return false;
}

void collect(const QQuickItem* item, QStringList& out) {
  if (!item->isVisible() || item->opacity() <= 0.0) return;
  if (item->inherits("QQuickAbstractButton")) return;
  if (item->inherits("QQuickText") && !isControl(item)) {
    const QString text = item->property("text").toString().simplified();
    if (!text.isEmpty()) out << text;
  }
  for (const QQuickItem* child : item->childItems()) collect(child, out);
}

}  // namespace

ReadAloud::ReadAloud(QObject* parent) : QObject(parent) {}

ReadAloud::ReadAloud(QStringList engines, QObject* parent)
    : QObject(parent), m_engines(std::move(engines)) {}

ReadAloud::~ReadAloud() {
  if (m_tts) m_tts->stop();
}

const QStringList& ReadAloud::engines() const {
  if (!m_engines) m_engines = QTextToSpeech::availableEngines();
  return *m_engines;
}

bool ReadAloud::ensureEngine() {
  if (m_tts) return true;
  for (const QString& name : engines()) {
    auto* tts = new QTextToSpeech(name, this);
    if (tts->state() == QTextToSpeech::Error) {
      delete tts;
      continue;
    }
    m_tts = tts;
    connect(tts, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
      if (state == QTextToSpeech::Error) {
        setState(false, soundProblem());
      } else {
        setState(state == QTextToSpeech::Speaking, {});
      }
    });
    return true;
  }
  return false;
}

void ReadAloud::say(const QString& text, const QString& language) {
  if (text.trimmed().isEmpty()) return;
  if (!ensureEngine()) {
    setState(false, tr("This device has no speech engine, so Kith cannot read aloud here. "
                       "Your coordinator can make the plan for you as an audio file."));
    return;
  }
  m_tts->stop();
  const QLocale wanted(language.isEmpty() ? QStringLiteral("en") : language);
  const auto locales = m_tts->availableLocales();
  const auto match = std::find_if(locales.begin(), locales.end(), [&](const QLocale& l) {
    return l.language() == wanted.language();
  });
  if (match == locales.end()) {
    setState(false, tr("There is no %1 voice on this device, so Kith cannot read this aloud. "
                       "Your coordinator can make the plan for you as an audio file in %1.")
                        .arg(languageName(language)));
    return;
  }
  m_tts->setLocale(*match);
  setState(false, {});
  m_tts->say(text);
  // An engine that fails at once (no audio device) reports Error synchronously, without a
  // state change to tell us: read it back.
  if (m_tts->state() == QTextToSpeech::Error) {
    setState(false, soundProblem());
  }
}

QString ReadAloud::soundProblem() const {
  return tr("Kith could not play the sound (%1). Check the volume and the speaker, or ask your "
            "coordinator for the plan as an audio file.")
      .arg(m_tts->errorString());
}

void ReadAloud::stop() {
  if (m_tts) m_tts->stop();
  setState(false, m_problem);
}

void ReadAloud::clearProblem() { setState(m_speaking, {}); }

QString ReadAloud::pageText(QQuickItem* root) const {
  QStringList out;
  if (root) collect(root, out);
  return out.join(QLatin1Char('\n'));
}

void ReadAloud::setState(bool speaking, const QString& problem) {
  if (speaking == m_speaking && problem == m_problem) return;
  m_speaking = speaking;
  m_problem = problem;
  emit changed();
}

}  // namespace kith::app
