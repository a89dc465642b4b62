#include "pictograms.hpp"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace kith::app {

namespace {

// The order a picker shows categories in; any other category in the json comes after these.
const QStringList kCategoryOrder = {QStringLiteral("people"),   QStringLiteral("places"),
                                    QStringLiteral("feelings"), QStringLiteral("safety"),
                                    QStringLiteral("health"),   QStringLiteral("plans"),
                                    QStringLiteral("everyday"), QStringLiteral("travel")};

}  // namespace

Pictograms::Pictograms(QObject* parent) : QObject(parent) {
  QFile file(QLatin1String(kResourceFolder) + QLatin1String("/pictograms.json"));
  if (!file.open(QIODevice::ReadOnly)) return;
  const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object()
                              .value(QLatin1String("pictograms")).toObject();
  for (auto it = all.begin(); it != all.end(); ++it) {
    const QJsonObject item = it.value().toObject();
    Entry entry;
    entry.category = item.value(QLatin1String("category")).toString();
    const QJsonObject alt = item.value(QLatin1String("alt")).toObject();
    for (auto a = alt.begin(); a != alt.end(); ++a) entry.alt.insert(a.key(), a.value().toString());
    if (!entry.category.isEmpty() && !m_categories.contains(entry.category))
      m_categories << entry.category;
    m_entries.insert(it.key(), entry);
    m_names << it.key();
  }
  m_names.sort();
  std::stable_sort(m_categories.begin(), m_categories.end(), [](const QString& a, const QString& b) {
    auto rank = [](const QString& c) {
      const auto i = kCategoryOrder.indexOf(c);
      return i < 0 ? kCategoryOrder.size() : i;
    };
    return rank(a) < rank(b) || (rank(a) == rank(b) && a < b);
  });
}

QString Pictograms::source(const QString& name) const {
  if (!has(name)) return {};
  return QLatin1String("qrc") + QLatin1String(kResourceFolder) + QLatin1Char('/') + name +
         QLatin1String(".svg");
}

QString Pictograms::altText(const QString& name, const QString& language) const {
  const auto it = m_entries.constFind(name);
  if (it == m_entries.constEnd()) return {};
  const QString text = it->alt.value(language);
  return text.isEmpty() ? it->alt.value(QStringLiteral("en")) : text;
}

QString Pictograms::category(const QString& name) const {
  return m_entries.value(name).category;
}

QStringList Pictograms::namesIn(const QString& category) const {
  QStringList out;
  for (const QString& name : m_names) {
    if (m_entries.value(name).category == category) out << name;
  }
  return out;
}

}  // namespace kith::app
