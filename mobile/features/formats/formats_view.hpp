#pragma once
//! kith::app::FormatsView: the family plan made into the forms a person needs (easy-read text,
//! large-print PDF, an audio file, Braille), in their language, written into a folder the person
//! using the app chose, and nowhere else. A coordinator makes them for a member of the family;
//! anyone can make their own. The work (speech synthesis can take seconds) runs off the UI
//! thread on an immutable snapshot; files are written by kith::formats::write_format.

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class FormatsView : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  //! For whom; empty means the person using the app.
  Q_PROPERTY(QString personId READ personId WRITE setPersonId NOTIFY personIdChanged)
  Q_PROPERTY(QString personName READ personName NOTIFY refreshed)
  //! Their communication needs as short flags.
  Q_PROPERTY(QStringList needs READ needs NOTIFY refreshed)
  //! The person's needs ask for at least one format.
  Q_PROPERTY(bool needsFormats READ needsFormats NOTIFY refreshed)
  //! The family has a published plan to make formats of.
  Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY refreshed)
  //! Every format: format (kith::formats::Format number), title, detail, asked (their needs ask
  //! for it), path (the file last written, or empty).
  Q_PROPERTY(RowModel* formats READ formats CONSTANT)
  //! Where the files go. Starts as Documents/Kith; the person may type another folder.
  Q_PROPERTY(QString folder READ folder WRITE setFolder NOTIFY folderChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  //! What the last run made, as a sentence for the person.
  Q_PROPERTY(QString result READ result NOTIFY busyChanged)

 public:
  explicit FormatsView(QObject* parent = nullptr);

  QString personId() const { return m_personId; }
  void setPersonId(const QString& id);
  QString personName() const { return m_personName; }
  QStringList needs() const { return m_needs; }
  bool hasPlan() const { return m_hasPlan; }
  bool needsFormats() const { return !m_asked.empty(); }
  RowModel* formats() const { return m_formats; }
  QString folder() const { return m_folder; }
  void setFolder(const QString& folder);
  bool busy() const { return m_busy; }
  QString result() const { return m_result; }

  //! Makes one format (a number from `formats`). Returns at once; `busy` until it is done.
  Q_INVOKABLE void make(int format);
  //! Makes every format the person's needs ask for.
  Q_INVOKABLE void makeAsked();
  //! Opens the folder in the desktop's file manager (or the platform's share sheet).
  Q_INVOKABLE void openFolder() const;

 signals:
  void personIdChanged();
  void folderChanged();
  void busyChanged();
  //! The files written by the last run (for tests and for sharing).
  void made(const QStringList& paths);

 protected:
  void refresh() override;

 private:
  std::string target() const;
  void run(std::vector<int> formats);
  void finished(const QStringList& paths, const QString& problem, std::vector<int> formats);

  QString m_personId;
  QString m_personName;
  QStringList m_needs;
  bool m_hasPlan = false;
  std::vector<int> m_asked;
  QHash<int, QString> m_written;
  RowModel* m_formats;
  QString m_folder;
  bool m_busy = false;
  QString m_result;
};

}  // namespace kith::app
