#include "qr_code.hpp"

#include <qrencode.h>

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <memory>

namespace kith::app {

QrMatrix qrEncode(const QString& text) {
  QrMatrix out;
  if (text.isEmpty()) return out;
  const QByteArray bytes = text.toUtf8();
  // QRcode_encodeData takes raw bytes, so nothing in the link is reinterpreted (the string API
  // would pick modes by itself and stop at a NUL).
  std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeData(static_cast<int>(bytes.size()),
                        reinterpret_cast<const unsigned char*>(bytes.constData()), 0, QR_ECLEVEL_M),
      &QRcode_free);
  if (!code) return out;
  out.size = code->width;
  const auto n = static_cast<std::size_t>(code->width);
  out.dark.resize(n * n);
  // Bit 0 of each byte is the module's colour (1 dark); the others say what the module is for.
  for (std::size_t i = 0; i < n * n; ++i) out.dark[i] = (code->data[i] & 1) != 0;
  return out;
}

QImage qrImage(const QString& text, int moduleSize, int quietZone) {
  const QrMatrix m = qrEncode(text);
  if (m.size == 0 || moduleSize < 1 || quietZone < 0) return {};
  const int side = (m.size + 2 * quietZone) * moduleSize;
  QImage image(side, side, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  for (int y = 0; y < m.size; ++y) {
    for (int x = 0; x < m.size; ++x) {
      if (!m.at(x, y)) continue;
      painter.fillRect((x + quietZone) * moduleSize, (y + quietZone) * moduleSize, moduleSize,
                       moduleSize, Qt::black);
    }
  }
  return image;
}

QrCodeItem::QrCodeItem(QQuickItem* parent) : QQuickPaintedItem(parent) {
  setOpaquePainting(true);
  setAntialiasing(false);
}

void QrCodeItem::setText(const QString& text) {
  if (text == m_text) return;
  m_text = text;
  m_matrix = qrEncode(text);
  emit textChanged();
  update();
}

void QrCodeItem::paint(QPainter* painter) {
  // White all over, whatever the theme: a scanner needs dark modules on light, and the margin.
  painter->fillRect(QRectF(0, 0, width(), height()), Qt::white);
  if (m_matrix.size == 0) return;
  const int total = m_matrix.size + 2 * kQrQuietZone;
  const qreal side = std::min(width(), height());
  // Whole pixels a module, so every module has the same size and edges stay sharp.
  const int module = std::max(1, static_cast<int>(side / total));
  const qreal left = (width() - module * total) / 2 + module * kQrQuietZone;
  const qreal top = (height() - module * total) / 2 + module * kQrQuietZone;
  painter->setPen(Qt::NoPen);
  painter->setBrush(Qt::black);
  for (int y = 0; y < m_matrix.size; ++y) {
    for (int x = 0; x < m_matrix.size; ++x) {
      if (m_matrix.at(x, y)) painter->drawRect(QRectF(std::floor(left) + x * module, std::floor(top) + y * module, module, module));
    }
  }
}

}  // namespace kith::app
