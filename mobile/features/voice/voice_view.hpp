#pragma once
//! kith::app::VoiceView: a person's own voice in Kith. Their feedback and the staff replies to
//! it; saying something to staff or to the family; "I don't feel safe", which goes to the
//! coordinator as a concern; their Three Houses; and the Words and Pictures written for them.
//! Only what the person said or what was written for them is shown: never anyone else's
//! feedback. UI thread only.

#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include "feature_view.hpp"
#include "row_model.hpp"

namespace kith::app {

class VoiceView : public FeatureView {
  Q_OBJECT
  QML_ELEMENT
  //! The person's feedback, newest first, each followed by the staff replies to it (oldest
  //! first): feedbackId, text, date, audience (1 staff, 2 family), audienceText, confidence,
  //! about, isReply, who, replyTo, at (seconds since 1970).
  Q_PROPERTY(kith::app::RowModel* feedback READ feedback CONSTANT)
  Q_PROPERTY(int replyCount READ replyCount NOTIFY refreshed)
  Q_PROPERTY(bool canSendFeedback READ canSendFeedback NOTIFY refreshed)
  //! Whether this person may share feedback with the family (volunteers may only tell staff).
  Q_PROPERTY(bool canShareWithFamily READ canShareWithFamily NOTIFY refreshed)
  Q_PROPERTY(bool canSayNotSafe READ canSayNotSafe NOTIFY refreshed)
  //! A "not safe" message this person sent is still on this device, waiting for a connection.
  Q_PROPERTY(bool notSafeWaiting READ notSafeWaiting NOTIFY refreshed)

  //! The person's Three Houses, in their own words.
  Q_PROPERTY(bool hasThreeHouses READ hasThreeHouses NOTIFY refreshed)
  Q_PROPERTY(bool canEditThreeHouses READ canEditThreeHouses NOTIFY refreshed)
  Q_PROPERTY(QStringList worries READ worries NOTIFY refreshed)
  Q_PROPERTY(QStringList goodThings READ goodThings NOTIFY refreshed)
  Q_PROPERTY(QStringList dreams READ dreams NOTIFY refreshed)
  Q_PROPERTY(QString threeHousesUpdated READ threeHousesUpdated NOTIFY refreshed)

  //! The Words and Pictures written for this person (the latest): pageId, number, text,
  //! pictogram, untranslated.
  Q_PROPERTY(kith::app::RowModel* pages READ pages CONSTANT)
  Q_PROPERTY(QString pagesWrittenOn READ pagesWrittenOn NOTIFY refreshed)
  Q_PROPERTY(bool someUntranslated READ someUntranslated NOTIFY refreshed)

 public:
  //! The same numbers as kith.v1.Audience.
  enum Audience { NoAudience = 0, StaffOnly = 1, Family = 2 };
  Q_ENUM(Audience)

  explicit VoiceView(QObject* parent = nullptr);

  RowModel* feedback() const { return m_feedback; }
  int replyCount() const { return m_replyCount; }
  bool canSendFeedback() const;
  bool canShareWithFamily() const;
  bool canSayNotSafe() const;
  bool notSafeWaiting() const { return m_notSafeWaiting; }
  bool hasThreeHouses() const { return !m_threeHousesId.empty(); }
  bool canEditThreeHouses() const;
  QStringList worries() const { return m_worries; }
  QStringList goodThings() const { return m_goodThings; }
  QStringList dreams() const { return m_dreams; }
  QString threeHousesUpdated() const { return m_threeHousesUpdated; }
  RowModel* pages() const { return m_pages; }
  QString pagesWrittenOn() const { return m_pagesWrittenOn; }
  bool someUntranslated() const { return m_someUntranslated; }

  //! Sends feedback: words, who sees it (1 staff only, 2 the family), how confident the person
  //! feels in the help they get (0 not given, or 1-5), and what it is about (a short tag such as
  //! "family-plan"; may be empty). False, with `problem` set and nothing stored, if it is not
  //! right.
  Q_INVOKABLE bool sendFeedback(const QString& text, int audience, int confidence,
                                const QString& about = {});
  //! "I don't feel safe": a concern for the coordinator, with optional words. It waits on the
  //! device until there is a connection, then leaves it (families do not hold concerns).
  Q_INVOKABLE bool notSafe(const QString& text = {});
  //! Saves the person's Three Houses (their own record, or a new one). Lines are trimmed and
  //! empty ones dropped.
  Q_INVOKABLE bool saveThreeHouses(const QStringList& worries, const QStringList& goodThings,
                                   const QStringList& dreams);
  //! The words for an audience number, and for an `about` tag.
  Q_INVOKABLE QString audienceText(int audience) const;
  Q_INVOKABLE QString aboutText(const QString& about) const;

 protected:
  void refresh() override;

 private:
  bool inFamily() const;

  RowModel* m_feedback;
  RowModel* m_pages;
  int m_replyCount = 0;
  bool m_notSafeWaiting = false;
  bool m_someUntranslated = false;
  std::string m_threeHousesId;
  QStringList m_worries, m_goodThings, m_dreams;
  QString m_threeHousesUpdated, m_pagesWrittenOn;
  // The "not safe" concern sent from this view, until the snapshot has shown it: right after
  // sending, the store has not reported it yet, and it must not look as if it had gone.
  std::string m_sentConcernId;
  bool m_sentConcernSeen = false;
};

}  // namespace kith::app
