// Pictogram and PictogramPicker loaded offscreen as the pages use them: no QML warning, an image
// a screen reader names in the person's language, nothing at all for an unknown name, a light
// plate in high contrast, and a picker that chooses and clears.
#include <gtest/gtest.h>

#include <QAccessible>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <functional>
#include <memory>

#include "app_fixture.hpp"
#include "pictograms.hpp"

namespace kith::testing {
namespace {

using app::Pictograms;

//! A Kith.Pictograms component with the given properties, in an offscreen window `width` wide.
class ComponentHarness {
 public:
  ComponentHarness(const QString& file, const QVariantMap& properties, int width = 320)
      : engine_(std::make_unique<QQmlEngine>()), window_(std::make_unique<QQuickWindow>()) {
    engine_->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(engine_.get(), &QQmlEngine::warnings, [this](const QList<QQmlError>& list) {
      for (const auto& e : list) errors_ += e.toString() + "\n";
    });
    QQmlComponent component(engine_.get(), QUrl(QStringLiteral("qrc:/qt/qml/Kith/Pictograms/") + file));
    item_ = qobject_cast<QQuickItem*>(component.createWithInitialProperties(properties));
    if (!item_) {
      errors_ += component.errorString();
      ADD_FAILURE() << "cannot load " << file.toStdString() << ": " << errors_.toStdString();
      return;
    }
    window_->resize(width, 760);
    item_->setParentItem(window_->contentItem());
    if (file.endsWith(QLatin1String("Picker.qml"))) item_->setWidth(width);
    window_->show();
    render();
  }
  ~ComponentHarness() { delete item_; }

  QQuickItem* item() const { return item_; }
  QQuickWindow* window() const { return window_.get(); }
  QString errors() const { return errors_; }

  void render() const {
    (void)QTest::qWaitForWindowExposed(window_.get());
    window_->grabWindow();
    QCoreApplication::processEvents();
  }

  //! Every item whose objectName passes `match`, in the visual tree's order.
  QList<QQuickItem*> findAll(const std::function<bool(const QString&)>& match) const {
    QList<QQuickItem*> out;
    std::function<void(QQuickItem*)> walk = [&](QQuickItem* item) {
      if (match(item->objectName())) out << item;
      for (QQuickItem* child : item->childItems()) walk(child);
    };
    if (item_) walk(item_);
    return out;
  }
  QQuickItem* find(const QString& objectName) const {
    const auto all = findAll([&](const QString& name) { return name == objectName; });
    EXPECT_FALSE(all.isEmpty()) << "no item named " << objectName.toStdString();
    return all.isEmpty() ? nullptr : all.front();
  }

  //! Evaluates a QML expression in `item`'s context ("Accessible.name", "Theme.highContrast = true").
  QVariant eval(QQuickItem* item, const QString& expression) const {
    QQmlExpression e(qmlContext(item), item, expression);
    const QVariant value = e.evaluate();
    EXPECT_FALSE(e.hasError()) << expression.toStdString() << ": " << e.error().toString().toStdString();
    return value;
  }

 private:
  std::unique_ptr<QQmlEngine> engine_;
  std::unique_ptr<QQuickWindow> window_;
  QQuickItem* item_ = nullptr;
  QString errors_;
};

//! How many pixels of the window, within `item`, are dark ink.
int dark_pixels(const ComponentHarness& h, QQuickItem* item) {
  const QImage frame = h.window()->grabWindow();
  const QRect area = item->mapRectToScene(item->boundingRect()).toAlignedRect() & frame.rect();
  int dark = 0;
  for (int y = area.top(); y <= area.bottom(); ++y) {
    for (int x = area.left(); x <= area.right(); ++x) {
      if (frame.pixelColor(x, y).lightness() < 80) ++dark;
    }
  }
  return dark;
}

TEST(PictogramComponent, ShowsThePictureNamedInUrduWithoutWarnings) {
  ComponentHarness h("Pictogram.qml", {{"name", "home-night"}, {"language", "ur"}});
  ASSERT_NE(h.item(), nullptr);
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
  EXPECT_TRUE(h.item()->isVisible());
  EXPECT_EQ(h.item()->implicitWidth(), 56.0) << "Theme.pictogramSize";
  EXPECT_EQ(h.item()->implicitHeight(), 56.0);
  const Pictograms pictograms;
  const QString urdu = pictograms.altText("home-night", "ur");
  ASSERT_FALSE(urdu.isEmpty());
  EXPECT_NE(urdu, pictograms.altText("home-night", "en"));
  EXPECT_EQ(h.eval(h.item(), "Accessible.name").toString(), urdu);
  EXPECT_EQ(h.eval(h.item(), "Accessible.role").toInt(), QAccessible::Graphic);
  EXPECT_FALSE(h.eval(h.item(), "Accessible.ignored").toBool());

  QQuickItem* image = h.find("pictogramImage");
  ASSERT_NE(image, nullptr);
  EXPECT_EQ(image->property("source").toUrl(), QUrl("qrc:/kith/pictograms/home-night.svg"));
  EXPECT_EQ(image->property("status").toInt(), 1) << "Image.Ready";
  // Drawn at the size shown, not scaled up from a small bitmap.
  EXPECT_EQ(image->property("sourceSize").toSize(), QSize(56, 56));
  EXPECT_GT(dark_pixels(h, h.item()), 56 * 56 / 12) << "the picture did not draw";

  // Switching language reads it in the new one; switching size redraws it at that size.
  h.item()->setProperty("language", "pl");
  EXPECT_EQ(h.eval(h.item(), "Accessible.name").toString(), pictograms.altText("home-night", "pl"));
  h.item()->setProperty("size", 120);
  h.render();
  EXPECT_EQ(image->property("sourceSize").toSize(), QSize(120, 120));
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
}

TEST(PictogramComponent, AnUnknownOrEmptyNameShowsNothingAndTakesNoSpace) {
  ComponentHarness h("Pictogram.qml", {{"name", "placement"}, {"language", "ur"}});
  ASSERT_NE(h.item(), nullptr);
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
  EXPECT_FALSE(h.item()->isVisible());
  EXPECT_EQ(h.item()->implicitWidth(), 0.0);
  EXPECT_EQ(h.item()->implicitHeight(), 0.0);
  EXPECT_TRUE(h.eval(h.item(), "Accessible.ignored").toBool());
  EXPECT_TRUE(h.eval(h.item(), "Accessible.name").toString().isEmpty());
  h.item()->setProperty("name", "");
  EXPECT_FALSE(h.item()->isVisible());
  EXPECT_EQ(h.item()->implicitWidth(), 0.0);
  h.item()->setProperty("name", "school");
  EXPECT_TRUE(h.item()->isVisible());
  EXPECT_EQ(h.item()->implicitWidth(), 56.0);
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
}

TEST(PictogramComponent, SitsOnALightPlateInHighContrast) {
  ComponentHarness h("Pictogram.qml", {{"name", "safe"}});
  ASSERT_NE(h.item(), nullptr);
  QQuickItem* plate = h.find("pictogramPlate");
  ASSERT_NE(plate, nullptr);
  EXPECT_FALSE(plate->isVisible()) << "no plate on the light palette";
  h.eval(h.item(), "Theme.highContrast = true");
  h.render();
  EXPECT_TRUE(plate->isVisible());
  EXPECT_GT(plate->property("color").value<QColor>().lightness(), 230);
  // Still dark ink to see on it, inside the plate's margin.
  EXPECT_GT(dark_pixels(h, h.item()), 56 * 56 / 20);
  h.eval(h.item(), "Theme.highContrast = false");
  EXPECT_FALSE(plate->isVisible());
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
}

TEST(PictogramPicker, ChoosesAndClearsAPictogramByItsSpokenName) {
  ComponentHarness h("PictogramPicker.qml", {{"language", "ur"}});
  ASSERT_NE(h.item(), nullptr);
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
  const Pictograms pictograms;
  const auto choices = h.findAll([](const QString& name) { return name.startsWith("pictogram-"); });
  ASSERT_EQ(choices.size(), pictograms.names().size()) << "one button per pictogram";
  for (QQuickItem* choice : choices) {
    const QString name = choice->objectName().mid(QStringLiteral("pictogram-").size());
    const QRectF onScreen = choice->mapRectToScene(choice->boundingRect());
    EXPECT_GE(onScreen.width(), 48.0) << name.toStdString();
    EXPECT_GE(onScreen.height(), 48.0) << name.toStdString();
    EXPECT_LE(onScreen.right(), 320.0) << name.toStdString() << " is off a 320 px wide screen";
    EXPECT_EQ(h.eval(choice, "Accessible.role").toInt(), QAccessible::Button);
    EXPECT_EQ(h.eval(choice, "Accessible.name").toString(), pictograms.altText(name, "ur"));
  }
  QSignalSpy picked(h.item(), SIGNAL(picked(QString)));
  QQuickItem* home = h.find("pictogram-home");
  QQuickItem* school = h.find("pictogram-school");
  ASSERT_TRUE(home && school);
  EXPECT_TRUE(h.item()->property("selected").toString().isEmpty());

  ASSERT_TRUE(QMetaObject::invokeMethod(home, "clicked"));
  EXPECT_EQ(h.item()->property("selected").toString(), "home");
  ASSERT_EQ(picked.size(), 1);
  EXPECT_EQ(picked.at(0).at(0).toString(), "home");
  EXPECT_TRUE(h.eval(home, "Accessible.checked").toBool());
  EXPECT_FALSE(h.eval(school, "Accessible.checked").toBool());

  ASSERT_TRUE(QMetaObject::invokeMethod(school, "clicked"));
  EXPECT_EQ(h.item()->property("selected").toString(), "school");
  EXPECT_FALSE(h.eval(home, "Accessible.checked").toBool());
  EXPECT_TRUE(h.eval(school, "Accessible.checked").toBool());
  // Pressing the chosen one again clears it, and so does "No picture".
  ASSERT_TRUE(QMetaObject::invokeMethod(school, "clicked"));
  EXPECT_TRUE(h.item()->property("selected").toString().isEmpty());
  ASSERT_TRUE(QMetaObject::invokeMethod(home, "clicked"));
  QQuickItem* none = h.find("pictogramNone");
  ASSERT_NE(none, nullptr);
  ASSERT_TRUE(QMetaObject::invokeMethod(none, "clicked"));
  EXPECT_TRUE(h.item()->property("selected").toString().isEmpty());
  EXPECT_EQ(picked.size(), 5);

  // A pictogram chosen before the picker opens shows as chosen.
  h.item()->setProperty("selected", "doctor");
  EXPECT_TRUE(h.eval(h.find("pictogram-doctor"), "Accessible.checked").toBool());
  EXPECT_TRUE(h.errors().isEmpty()) << h.errors().toStdString();
}

}  // namespace
}  // namespace kith::testing
