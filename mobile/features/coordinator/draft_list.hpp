#pragma once
//! kith::app::DraftList: an editable list of the items a coordinator writes (bottom lines, plan
//! actions, worries, strengths, safety goals, next steps). Each item is a kith.v1.Text with its
//! optional easy-read form and translations into Urdu, Punjabi, Bengali and Polish, plus the
//! extra fields some kinds have (a worry's kind, owners, a due day, who checks). QML edits items
//! through set(); the rows are a RowModel whose first role, `key`, is the id the item will have
//! in the record. Nothing here is stored until the owning view saves. UI thread only.

#include <QObject>
#include <QStringList>
#include <QVariant>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <map>
#include <vector>

#include "kith/domain/record.hpp"
#include "row_model.hpp"

namespace kith::app {

class DraftList : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Coordinator views make their own DraftLists")
  Q_PROPERTY(kith::app::RowModel* model READ model CONSTANT)
  Q_PROPERTY(int count READ count NOTIFY changed)

 public:
  //! The translations offered, as BCP 47 tags (kith.v1.Text.translations keys).
  static const QStringList& languages();

  struct Item {
    QString key;                //!< the id the item gets in the record
    QString text, easyRead;
    QString pictogram;          //!< a name in assets/pictograms, or empty
    std::map<QString, std::pair<QString, QString>> translations;  //!< tag -> (text, easy read)
    int kind = 0;               //!< a worry's WorryKind
    bool flag = false;          //!< a strength's existing_safety
    QStringList ownerIds;       //!< people of the family doing it
    QString ownerName;          //!< someone without the app, by name
    QString dueOn;              //!< "YYYY-MM-DD" or empty
    QString checkerId, checkerName;  //!< who checks it: a person, or a name
  };

  explicit DraftList(QObject* parent = nullptr);

  RowModel* model() const { return m_model; }
  int count() const { return static_cast<int>(m_items.size()); }
  const std::vector<Item>& items() const { return m_items; }
  void setItems(std::vector<Item> items);
  //! How a person id is named in the rows (ownersText, checkerText).
  void setNamer(std::function<QString(const QString&)> namer);
  //! Names again (after the people changed).
  void rename() { publish(); }

  //! Adds an empty item at the end; returns its key.
  Q_INVOKABLE QString add();
  Q_INVOKABLE void remove(const QString& key);
  //! Sets one field of an item: "text", "easyRead", "pictogram", a language tag ("ur") or a tag + "Easy"
  //! ("urEasy"), "kind", "flag", "ownerName", "dueOn", "checkerName".
  Q_INVOKABLE void set(const QString& key, const QString& field, const QVariant& value);
  //! Adds or removes a person among an item's owners.
  Q_INVOKABLE void toggleOwner(const QString& key, const QString& personId);
  //! Sets (or, for the same person again, clears) who checks an item.
  Q_INVOKABLE void toggleChecker(const QString& key, const QString& personId);

  //! An item from a stored Text.
  static Item fromText(const std::string& id, const v1::Text& text);
  //! The Text of an item, trimmed; translations only for languages with words.
  static v1::Text toText(const Item& item);
  //! An Owner from an item's checker fields (empty when none).
  static v1::Owner checker(const Item& item);

 signals:
  void changed();

 private:
  Item* find(const QString& key);
  void publish();
  QString names(const QStringList& ids, const QString& extra) const;

  std::vector<Item> m_items;
  std::function<QString(const QString&)> m_namer;
  RowModel* m_model;
};

}  // namespace kith::app
