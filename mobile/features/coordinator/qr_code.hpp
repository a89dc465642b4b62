#pragma once
//! The QR code of an invite link, made with libqrencode: the module matrix, an image of it, and
//! `QrCode`, a QML item that paints it black on white with a quiet zone whatever the theme (a
//! scanner needs the contrast and the margin). Encoding: 8-bit bytes of the UTF-8 text, error
//! correction level M, the smallest version that fits. Any thread for the functions; the item on
//! the UI thread.

#include <QImage>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace kith::app {

//! A square of modules, row by row; `size` 0 when the text could not be encoded.
struct QrMatrix {
  int size = 0;
  std::vector<bool> dark;
  bool at(int x, int y) const {
    return dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) + static_cast<std::size_t>(x)];
  }
};

//! The modules for `text`; empty for empty text or text too long for a QR code.
QrMatrix qrEncode(const QString& text);

//! The code as an image: `moduleSize` pixels a module, `quietZone` white modules all round.
//! A null image when qrEncode() gives nothing.
QImage qrImage(const QString& text, int moduleSize = 1, int quietZone = 4);

//! The white margin a scanner needs round the code, in modules (ISO/IEC 18004 asks four).
inline constexpr int kQrQuietZone = 4;

class QrCodeItem : public QQuickPaintedItem {
  Q_OBJECT
  QML_NAMED_ELEMENT(QrCode)
  Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
  //! Modules a side, quiet zone left out; 0 when there is nothing to show.
  Q_PROPERTY(int modules READ modules NOTIFY textChanged)

 public:
  explicit QrCodeItem(QQuickItem* parent = nullptr);
  QString text() const { return m_text; }
  void setText(const QString& text);
  int modules() const { return m_matrix.size; }
  void paint(QPainter* painter) override;

 signals:
  void textChanged();

 private:
  QString m_text;
  QrMatrix m_matrix;
};

}  // namespace kith::app
