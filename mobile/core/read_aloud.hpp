#pragma once
//! kith::app::ReadAloud: reads a page aloud through Qt TextToSpeech, in the person's language,
//! where this device has a speech engine with a voice for it; and says plainly when it has not,
//! pointing to the audio file a coordinator can make instead. Owned by the Session; the engine
//! is loaded on the first use, not at start. UI thread only.

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>
#include <optional>


class QTextToSpeech;

namespace kith::app {

class ReadAloud : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("ReadAloud belongs to the Session")
  //! A speech engine is installed (whether it can speak a given language is known on say()).
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(bool speaking READ speaking NOTIFY changed)
  //! Why the last say() could not be heard, in words for the person; empty when all is well.
  Q_PROPERTY(QString problem READ problem NOTIFY changed)

 public:
  //! `engines` are the engines to try in order; by default every engine Qt finds, looked up on
  //! first use rather than at start (it scans the plugin folders).
  explicit ReadAloud(QObject* parent = nullptr);
  ReadAloud(QStringList engines, QObject* parent);
  ~ReadAloud() override;

  bool available() const { return !engines().isEmpty(); }
  bool speaking() const { return m_speaking; }
  QString problem() const { return m_problem; }

  //! Reads `text` in `language` (a BCP 47 tag: "en", "ur", ...), stopping anything being read.
  Q_INVOKABLE void say(const QString& text, const QString& language);
  Q_INVOKABLE void stop();
  Q_INVOKABLE void clearProblem();
  //! The words a sighted reader sees under `root`, in order: the text of every visible Text,
  //! skipping controls' own labels (buttons say what they do, not what the page says).
  Q_INVOKABLE QString pageText(QQuickItem* root) const;

 signals:
  void changed();

 private:
  bool ensureEngine();
  void setState(bool speaking, const QString& problem);
  QString soundProblem() const;
  const QStringList& engines() const;

  mutable std::optional<QStringList> m_engines;
  QPointer<QTextToSpeech> m_tts;
  bool m_speaking = false;
  QString m_problem;
};

}  // namespace kith::app
