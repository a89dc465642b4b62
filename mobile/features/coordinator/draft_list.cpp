#include "draft_list.hpp"

#include "session.hpp"

namespace kith::app {

namespace {
QString qs(const std::string& s) { return QString::fromStdString(s); }
}  // namespace

const QStringList& DraftList::languages() {
  static const QStringList tags{QStringLiteral("ur"), QStringLiteral("pa"), QStringLiteral("bn"),
                                QStringLiteral("pl")};
  return tags;
}

DraftList::DraftList(QObject* parent)
    : QObject(parent),
      m_model(new RowModel({"key", "text", "easyRead", "ur", "urEasy", "pa", "paEasy", "bn",
                            "bnEasy", "pl", "plEasy", "translated", "kind", "flag", "ownerIds",
                            "ownerName", "ownersText", "dueOn", "checkerId", "checkerName",
                            "checkerText", "pictogram"},
                           this)) {}

void DraftList::setItems(std::vector<Item> items) {
  m_items = std::move(items);
  publish();
}

void DraftList::setNamer(std::function<QString(const QString&)> namer) {
  m_namer = std::move(namer);
  publish();
}

QString DraftList::names(const QStringList& ids, const QString& extra) const {
  QStringList out;
  for (const QString& id : ids) out << (m_namer ? m_namer(id) : id);
  if (!extra.trimmed().isEmpty()) out << extra.trimmed();
  return out.join(tr(" and "));
}

void DraftList::publish() {
  std::vector<RowModel::Row> rows;
  rows.reserve(m_items.size());
  for (const Item& item : m_items) {
    RowModel::Row row{item.key, item.text, item.easyRead};
    QStringList translated;
    for (const QString& tag : languages()) {
      const auto it = item.translations.find(tag);
      const QString text = it == item.translations.end() ? QString() : it->second.first;
      const QString easy = it == item.translations.end() ? QString() : it->second.second;
      row << text << easy;
      if (!text.trimmed().isEmpty() || !easy.trimmed().isEmpty()) translated << tag;
    }
    row << translated << item.kind << item.flag << item.ownerIds << item.ownerName
        << names(item.ownerIds, item.ownerName) << item.dueOn << item.checkerId << item.checkerName
        << names(item.checkerId.isEmpty() ? QStringList() : QStringList{item.checkerId},
                 item.checkerName)
        << item.pictogram;
    rows.push_back(std::move(row));
  }
  m_model->setRows(std::move(rows));
  emit changed();
}

DraftList::Item* DraftList::find(const QString& key) {
  for (Item& item : m_items) {
    if (item.key == key) return &item;
  }
  return nullptr;
}

QString DraftList::add() {
  Item item;
  item.key = qs(Session::newId());
  m_items.push_back(item);
  publish();
  return item.key;
}

void DraftList::remove(const QString& key) {
  const auto before = m_items.size();
  std::erase_if(m_items, [&](const Item& i) { return i.key == key; });
  if (m_items.size() != before) publish();
}

void DraftList::set(const QString& key, const QString& field, const QVariant& value) {
  Item* item = find(key);
  if (!item) return;
  const QString s = value.toString();
  if (field == QLatin1String("text")) item->text = s;
  else if (field == QLatin1String("easyRead")) item->easyRead = s;
  else if (field == QLatin1String("pictogram")) item->pictogram = s;
  else if (field == QLatin1String("kind")) item->kind = value.toInt();
  else if (field == QLatin1String("flag")) item->flag = value.toBool();
  else if (field == QLatin1String("ownerName")) item->ownerName = s;
  else if (field == QLatin1String("dueOn")) item->dueOn = s.trimmed();
  else if (field == QLatin1String("checkerName")) {
    item->checkerName = s;
    if (!s.trimmed().isEmpty()) item->checkerId.clear();
  } else if (languages().contains(field)) {
    item->translations[field].first = s;
  } else if (field.endsWith(QLatin1String("Easy")) && languages().contains(field.chopped(4))) {
    item->translations[field.chopped(4)].second = s;
  } else {
    return;
  }
  publish();
}

void DraftList::toggleOwner(const QString& key, const QString& personId) {
  Item* item = find(key);
  if (!item || personId.isEmpty()) return;
  if (!item->ownerIds.removeOne(personId)) item->ownerIds << personId;
  publish();
}

void DraftList::toggleChecker(const QString& key, const QString& personId) {
  Item* item = find(key);
  if (!item) return;
  item->checkerId = item->checkerId == personId ? QString() : personId;
  if (!item->checkerId.isEmpty()) item->checkerName.clear();
  publish();
}

DraftList::Item DraftList::fromText(const std::string& id, const v1::Text& text) {
  Item item;
  item.key = qs(id.empty() ? Session::newId() : id);
  item.text = qs(text.text());
  item.easyRead = qs(text.easy_read());
  item.pictogram = qs(text.pictogram());
  for (const auto& [tag, translation] : text.translations()) {
    item.translations[qs(tag)] = {qs(translation.text()), qs(translation.easy_read())};
  }
  return item;
}

v1::Text DraftList::toText(const Item& item) {
  v1::Text text;
  text.set_text(item.text.trimmed().toStdString());
  text.set_easy_read(item.easyRead.trimmed().toStdString());
  text.set_pictogram(item.pictogram.toStdString());
  for (const auto& [tag, words] : item.translations) {
    const QString full = words.first.trimmed();
    const QString easy = words.second.trimmed();
    if (full.isEmpty() && easy.isEmpty()) continue;
    v1::Translation& t = (*text.mutable_translations())[tag.toStdString()];
    t.set_text(full.toStdString());
    t.set_easy_read(easy.toStdString());
  }
  return text;
}

v1::Owner DraftList::checker(const Item& item) {
  v1::Owner owner;
  if (!item.checkerId.isEmpty()) owner.set_person_id(item.checkerId.toStdString());
  else owner.set_name(item.checkerName.simplified().toStdString());
  return owner;
}

}  // namespace kith::app
