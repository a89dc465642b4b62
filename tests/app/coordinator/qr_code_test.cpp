#include <gtest/gtest.h>

#include <QFile>
#include <QQuickItem>
#include <QTextStream>

#include "qr_code.hpp"

namespace kith::testing {
namespace {

using app::qrEncode;
using app::qrImage;

const QString kLink = "kith:join?server=https://kith.example.gov.uk&code=7KQ2MXH9TD";

QStringList goldenRows() {
  QFile file(KITH_QR_GOLDEN);
  EXPECT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
  QStringList rows;
  QTextStream in(&file);
  while (!in.atEnd()) {
    const QString line = in.readLine();
    if (!line.startsWith('%') && !line.isEmpty()) rows << line;
  }
  return rows;
}

QStringList rowsOf(const app::QrMatrix& m) {
  QStringList rows;
  for (int y = 0; y < m.size; ++y) {
    QString row;
    for (int x = 0; x < m.size; ++x) row += m.at(x, y) ? '#' : '.';
    rows << row;
  }
  return rows;
}

TEST(QrCode, TheImageIsSquareBlackOnWhiteWithAQuietZone) {
  const QImage image = qrImage(kLink, 3);
  ASSERT_FALSE(image.isNull());
  EXPECT_EQ(image.width(), image.height());
  const int modules = qrEncode(kLink).size;
  EXPECT_EQ(image.width(), (modules + 2 * app::kQrQuietZone) * 3);
  bool black = false, white = false, other = false;
  for (int y = 0; y < image.height(); ++y) {
    for (int x = 0; x < image.width(); ++x) {
      const QRgb c = image.pixel(x, y) & 0xffffff;
      black = black || c == 0x000000;
      white = white || c == 0xffffff;
      other = other || (c != 0 && c != 0xffffff);
    }
  }
  EXPECT_TRUE(black);
  EXPECT_TRUE(white);
  EXPECT_FALSE(other);
  // Four modules of white all round.
  const int quiet = app::kQrQuietZone * 3;
  for (int i = 0; i < image.width(); ++i) {
    for (int d = 0; d < quiet; ++d) {
      ASSERT_EQ(image.pixel(i, d) & 0xffffff, 0xffffffu);
      ASSERT_EQ(image.pixel(d, i) & 0xffffff, 0xffffffu);
      ASSERT_EQ(image.pixel(i, image.height() - 1 - d) & 0xffffff, 0xffffffu);
      ASSERT_EQ(image.pixel(image.width() - 1 - d, i) & 0xffffff, 0xffffffu);
    }
  }
  // The top-left module of the finder pattern is dark.
  EXPECT_EQ(image.pixel(quiet, quiet) & 0xffffff, 0u);
}

TEST(QrCode, ChangesWithTheText) {
  const QImage a = qrImage(kLink);
  const QImage b = qrImage("kith:join?server=https://kith.example.gov.uk&code=9V7HMFXQPG");
  ASSERT_FALSE(a.isNull());
  ASSERT_EQ(a.size(), b.size());
  EXPECT_NE(a, b);
  EXPECT_EQ(a, qrImage(kLink));  // and not otherwise
}

TEST(QrCode, NothingForNoText) {
  EXPECT_EQ(qrEncode({}).size, 0);
  EXPECT_TRUE(qrImage({}).isNull());
  // More than a QR code holds.
  EXPECT_EQ(qrEncode(QString(4000, 'x')).size, 0);
}

TEST(QrCode, HasTheFinderPatternsTheStandardPlaces) {
  // A check that does not depend on libqrencode: ISO/IEC 18004 puts a 7x7 finder pattern (a dark
  // ring, a light ring, a dark 3x3 centre) in three corners, and alternating timing patterns
  // on row and column 6 between them.
  const app::QrMatrix m = qrEncode(kLink);
  ASSERT_EQ((m.size - 17) % 4, 0);
  const int version = (m.size - 17) / 4;
  EXPECT_EQ(version, 4);  // the link fits version 4 at level M
  auto finder = [&](int left, int top) {
    for (int y = 0; y < 7; ++y) {
      for (int x = 0; x < 7; ++x) {
        const int ring = std::max(std::abs(x - 3), std::abs(y - 3));
        EXPECT_EQ(m.at(left + x, top + y), ring != 2) << left << "," << top << " +" << x << "," << y;
      }
    }
  };
  finder(0, 0);
  finder(m.size - 7, 0);
  finder(0, m.size - 7);
  for (int i = 8; i < m.size - 8; ++i) {
    EXPECT_EQ(m.at(i, 6), i % 2 == 0);
    EXPECT_EQ(m.at(6, i), i % 2 == 0);
  }
  EXPECT_TRUE(m.at(8, 4 * version + 9));  // the dark module
}

TEST(QrCode, MatchesTheCommittedGolden) {
  // tests/app/coordinator/qr_golden.txt was written once with libqrencode 4.1.1 (8-bit, level
  // M). The encoding is deterministic, so a change here means the options or the library changed.
  const QStringList golden = goldenRows();
  ASSERT_EQ(golden.size(), 33);
  EXPECT_EQ(rowsOf(qrEncode(kLink)), golden);
}

TEST(QrCode, TheItemPaintsTheCodeForItsText) {
  app::QrCodeItem item;
  EXPECT_EQ(item.modules(), 0);
  item.setText(kLink);
  EXPECT_EQ(item.modules(), 33);
  item.setText({});
  EXPECT_EQ(item.modules(), 0);
}

}  // namespace
}  // namespace kith::testing
