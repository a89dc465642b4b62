// Every colour pair the Theme declares meets WCAG 2.1 AA contrast in both palettes: 4.5:1 for
// text, 3:1 for borders and focus rings (non-text contrast).
#include <gtest/gtest.h>

#include <QColor>
#include <QQmlComponent>
#include <QQmlEngine>
#include <cmath>

namespace {

double channel(double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

double luminance(const QColor& c) {
  return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TEST(Theme, EveryDeclaredColourPairMeetsWcagAaInBothPalettes) {
  QQmlEngine engine;
  engine.addImportPath("qrc:/qt/qml");
  QQmlComponent component(&engine);
  component.setData(R"(
    import QtQuick
    import Kith.Ui
    QtObject {
      function pairs(high) {
        Theme.highContrast = high
        return Theme.contrastPairs.map(function(p) { return [String(p[0]), String(p[1]), p[2]] })
      }
    })", QUrl());
  std::unique_ptr<QObject> probe(component.create());
  ASSERT_NE(probe, nullptr) << component.errorString().toStdString();
  for (const bool high : {false, true}) {
    QVariant result;
    ASSERT_TRUE(QMetaObject::invokeMethod(probe.get(), "pairs", Q_RETURN_ARG(QVariant, result),
                                          Q_ARG(QVariant, high)));
    const QVariantList pairs = result.toList();
    ASSERT_GE(pairs.size(), 20);
    for (const QVariant& p : pairs) {
      const QVariantList pair = p.toList();
      const QColor fg(pair[0].toString()), bg(pair[1].toString());
      ASSERT_TRUE(fg.isValid() && bg.isValid()) << pair[0].toString().toStdString();
      EXPECT_GE(contrast(fg, bg), pair[2].toDouble())
          << (high ? "high contrast: " : "normal: ") << fg.name().toStdString() << " on "
          << bg.name().toStdString();
    }
  }
}

TEST(Theme, ContrastIsComputedAsWcagDefinesIt) {
  EXPECT_NEAR(contrast(QColor("#000000"), QColor("#ffffff")), 21.0, 1e-9);
  EXPECT_NEAR(contrast(QColor("#767676"), QColor("#ffffff")), 4.54, 0.01);  // the known AA edge
  EXPECT_NEAR(contrast(QColor("#ffffff"), QColor("#ffffff")), 1.0, 1e-9);
}

}  // namespace
