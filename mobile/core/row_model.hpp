#pragma once
//! kith::app::RowModel: a list model of plain rows for the views: named roles, one QVariant per
//! role per row, the first role a stable key. A new set of rows with the same keys in the same
//! order updates in place (dataChanged), so a list does not jump back to its top when one
//! action is ticked; anything else resets the model. UI thread only.

#include <QAbstractListModel>
#include <QVariant>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace kith::app {

class RowModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Views make their own RowModels")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  using Row = QVariantList;

  //! `roles` names each column; the first is the key. Display shows the second.
  explicit RowModel(QList<QByteArray> roles, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  int count() const { return static_cast<int>(m_rows.size()); }
  //! Row `row` as a map of role name to value (empty for a row that does not exist).
  Q_INVOKABLE QVariantMap get(int row) const;
  //! The value of one role of a row, by the row's key.
  QVariant value(const QVariant& key, const QByteArray& role) const;
  //! Replaces the rows. Each row must have one value per role.
  void setRows(std::vector<Row> rows);
  const std::vector<Row>& rows() const { return m_rows; }
  int roleIndex(const QByteArray& role) const { return static_cast<int>(m_roles.indexOf(role)); }

 signals:
  void countChanged();

 private:
  QList<QByteArray> m_roles;
  std::vector<Row> m_rows;
};

}  // namespace kith::app
