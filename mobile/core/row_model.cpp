#include "row_model.hpp"

#include <cassert>

namespace kith::app {

RowModel::RowModel(QList<QByteArray> roles, QObject* parent)
    : QAbstractListModel(parent), m_roles(std::move(roles)) {
  assert(!m_roles.isEmpty());
}

int RowModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RowModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const Row& row = m_rows[static_cast<std::size_t>(index.row())];
  int column = -1;
  if (role == Qt::DisplayRole) column = m_roles.size() > 1 ? 1 : 0;
  else if (role >= Qt::UserRole + 1) column = role - (Qt::UserRole + 1);
  if (column < 0 || column >= row.size()) return {};
  return row[column];
}

QHash<int, QByteArray> RowModel::roleNames() const {
  QHash<int, QByteArray> names;
  for (int i = 0; i < m_roles.size(); ++i) names.insert(Qt::UserRole + 1 + i, m_roles[i]);
  return names;
}

QVariantMap RowModel::get(int row) const {
  QVariantMap out;
  if (row < 0 || row >= count()) return out;
  const Row& values = m_rows[static_cast<std::size_t>(row)];
  for (int i = 0; i < m_roles.size() && i < values.size(); ++i) {
    out.insert(QString::fromLatin1(m_roles[i]), values[i]);
  }
  return out;
}

QVariant RowModel::value(const QVariant& key, const QByteArray& role) const {
  const int column = roleIndex(role);
  if (column < 0) return {};
  for (const Row& row : m_rows) {
    if (!row.isEmpty() && row[0] == key) return row.value(column);
  }
  return {};
}

void RowModel::setRows(std::vector<Row> rows) {
  for ([[maybe_unused]] const Row& row : rows) assert(row.size() == m_roles.size());
  bool sameKeys = rows.size() == m_rows.size();
  for (std::size_t i = 0; sameKeys && i < rows.size(); ++i) sameKeys = rows[i][0] == m_rows[i][0];
  if (sameKeys) {
    if (rows == m_rows) return;
    m_rows = std::move(rows);
    if (!m_rows.empty()) emit dataChanged(index(0), index(count() - 1));
    return;
  }
  const int before = count();
  beginResetModel();
  m_rows = std::move(rows);
  endResetModel();
  if (before != count()) emit countChanged();
}

}  // namespace kith::app
