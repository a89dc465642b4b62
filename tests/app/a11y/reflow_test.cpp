// Large print and right-to-left, on every page of every demo person, in kith-app's real shell:
// at 200% text in a window 320 pixels wide (and at 100% and 360 wide as the baseline) nothing
// goes past the window's sides, no text is cut off (elided, or clipped by something around it),
// no two things a finger presses overlap, and each is at least Theme.touchMinimum. Each page is
// scrolled through so what is below the fold is checked too. In Urdu the layout is mirrored:
// Back on the right, the quick exit on the left, text aligned right; in English, not.

#include <gtest/gtest.h>

#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlProperty>
#include <QQuickWindow>
#include <QTest>
#include <cmath>
#include <set>

#include "app_fixture.hpp"
#include "role_shell.hpp"

namespace {

using kith::a11y::RoleShell;

struct Look {
  double scale;
  QString language;
  QSize size;
  QString name() const {
    return QStringLiteral("%1% %2 %3px").arg(qRound(scale * 100)).arg(language).arg(size.width());
  }
};

const Look kBaseline{1.0, "en", {360, 640}};
const Look kLarge{2.0, "en", {320, 640}};
const Look kUrdu{1.0, "ur", {360, 640}};

constexpr qreal kSlack = 1.0;  // pixels of rounding allowed

bool inside_text_field(const QQuickItem* item) {
  for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
    if (p->inherits("QQuickTextInput") || p->inherits("QQuickTextEdit")) return true;
  }
  return false;
}

//! A thing a finger presses or types into.
bool interactive(const QQuickItem* item) {
  if (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit")) {
    return !item->property("readOnly").toBool();
  }
  return item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox") ||
         item->inherits("QQuickSpinBox") || item->inherits("QQuickSlider") || item->inherits("QQuickMouseArea");
}

qreal effective_opacity(const QQuickItem* item) {
  qreal opacity = 1.0;
  for (const QQuickItem* p = item; p; p = p->parentItem()) opacity *= p->opacity();
  return opacity;
}

bool shown(const QQuickItem* item) {
  return item->isVisible() && effective_opacity(item) > 0.01 && item->width() > 0.5 && item->height() > 0.5;
}

//! What of the item can be seen: its scene rectangle cut by every clipping ancestor. (Its own box,
//! not boundingRect(): a TextInput's bounding rectangle is its scrolled text.)
QRectF visible_rect(const QQuickItem* item) {
  QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
  for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
    if (p->clip()) rect &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
  }
  return rect;
}

QString describe(const QQuickItem* item) {
  QString name = item->objectName();
  const QString text = item->property("text").toString();
  const QString accessible = QQmlProperty::read(const_cast<QQuickItem*>(item), "Accessible.name",
                                                qmlContext(item)).toString();
  QString what = QString::fromLatin1(item->metaObject()->className()).section("_QML", 0, 0);
  if (!name.isEmpty()) what += " " + name;
  const QString words = !text.isEmpty() ? text : accessible;
  const QString line = words.simplified();
  if (!line.isEmpty()) what += " \"" + line.left(40) + (line.size() > 40 ? "...\"" : "\"");
  return what;
}

qreal theme_number(QQuickItem* page, const char* expression, qreal fallback) {
  QQmlContext* context = qmlContext(page);
  if (!context) return fallback;
  QQmlExpression e(context, page, QString::fromLatin1(expression));
  bool undefined = false;
  const QVariant value = e.evaluate(&undefined);
  return undefined || e.hasError() ? fallback : value.toReal();
}

//! Each fault is said once however many scroll positions show it.
class Faults {
 public:
  void add(const QString& where, const QString& what) {
    const QString line = where + ": " + what;
    if (seen_.insert(line).second) lines_ << line;
  }
  bool empty() const { return lines_.isEmpty(); }
  qsizetype size() const { return lines_.size(); }
  QString text() const { return lines_.join('\n'); }

 private:
  std::set<QString> seen_;
  QStringList lines_;
};

//! The reflow checks on what the page shows at its current scroll position.
void check_reflow(QQuickWindow* window, QQuickItem* page, const QString& where, Faults& faults) {
  const qreal width = window->width();
  const qreal minimum = theme_number(page, "Theme.touchMinimum", 48);
  QList<QQuickItem*> pressable;
  for (QQuickItem* item : kith::a11y::descendants(page)) {
    if (!shown(item) || inside_text_field(item)) continue;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF seen = visible_rect(item);
    const bool onScreen = seen.width() > 0.5 && seen.height() > 0.5;
    if (!onScreen) continue;
    if (scene.left() < -kSlack || scene.right() > width + kSlack) {
      faults.add(where, QStringLiteral("%1 goes past the window's side (x %2 to %3 of %4)")
                            .arg(describe(item)).arg(scene.left()).arg(scene.right()).arg(width));
    }
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty()) {
      if (item->property("truncated").toBool()) {
        faults.add(where, describe(item) + " is cut short (truncated)");
      }
      const qreal room = item->width() - item->property("leftPadding").toReal() - item->property("rightPadding").toReal();
      const qreal needed = item->property("contentWidth").toReal();
      if (needed > room + kSlack) {
        faults.add(where, QStringLiteral("%1 needs %2 px but has %3: it spills out of its place")
                              .arg(describe(item)).arg(qRound(needed)).arg(qRound(room)));
      }
      for (const QQuickItem* p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->clip()) continue;
        const QRectF box = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
        if (scene.left() < box.left() - kSlack || scene.right() > box.right() + kSlack) {
          faults.add(where, QStringLiteral("%1 is clipped at the side by %2").arg(describe(item), describe(p)));
          break;
        }
      }
    }
    if (interactive(item)) {
      pressable << item;
      if (item->width() < minimum - 0.5 || item->height() < minimum - 0.5) {
        faults.add(where, QStringLiteral("%1 is %2 x %3, smaller than %4 x %4")
                              .arg(describe(item)).arg(item->width()).arg(item->height()).arg(minimum));
      }
    }
  }
  for (qsizetype i = 0; i < pressable.size(); ++i) {
    for (qsizetype j = i + 1; j < pressable.size(); ++j) {
      QQuickItem* a = pressable[i];
      QQuickItem* b = pressable[j];
      if (a->isAncestorOf(b) || b->isAncestorOf(a)) continue;
      const QRectF both = visible_rect(a) & visible_rect(b);
      if (both.width() > kSlack && both.height() > kSlack) {
        faults.add(where, QStringLiteral("%1 and %2 overlap (%3 x %4)")
                              .arg(describe(a), describe(b)).arg(qRound(both.width())).arg(qRound(both.height())));
      }
    }
  }
}

//! The page's own scrolling column (KPage's Flickable), if any.
QQuickItem* page_flickable(QQuickItem* page) {
  for (QQuickItem* item : kith::a11y::descendants(page)) {
    if (item->inherits("QQuickFlickable") && !item->inherits("QQuickTextEdit")) return item;
  }
  return nullptr;
}

//! Every scroll position a screenful apart, top to bottom, checked; then back to the top.
void check_scrolled(QQuickWindow* window, QQuickItem* page, const QString& where, Faults& faults) {
  QQuickItem* flick = page_flickable(page);
  if (!flick) {
    check_reflow(window, page, where, faults);
    return;
  }
  const qreal end = std::max(0.0, flick->property("contentHeight").toReal() - flick->height());
  const qreal step = std::max(1.0, flick->height() * 0.75);
  for (qreal y = 0;; y = std::min(end, y + step)) {
    flick->setProperty("contentY", y);
    QCoreApplication::processEvents();
    check_reflow(window, page, where, faults);
    if (y >= end) break;
  }
  flick->setProperty("contentY", 0.0);
}

void check_mirroring(QQuickWindow* window, QQuickItem* page, bool rtl, const QString& where, Faults& faults) {
  if (page->property("mirrored").toBool() != rtl) {
    faults.add(where, rtl ? QStringLiteral("the page is not mirrored") : QStringLiteral("the page is mirrored"));
  }
  // LayoutMirroring itself (the attached property reads as the item's effective mirroring).
  if (QQmlContext* context = qmlContext(page)) {
    QQmlExpression expression(context, page, QStringLiteral("LayoutMirroring.enabled"));
    const bool mirrored = expression.evaluate().toBool();
    if (expression.hasError()) faults.add(where, "cannot read LayoutMirroring: " + expression.error().toString());
    else if (mirrored != rtl) faults.add(where, QStringLiteral("LayoutMirroring is %1").arg(mirrored ? "on" : "off"));
  }
  QQuickItem* back = nullptr;
  QQuickItem* exit = nullptr;
  for (QQuickItem* item : kith::a11y::descendants(page)) {
    if (!back && item->objectName() == "back" && shown(item)) back = item;
    if (!exit && item->objectName() == "quickExit" && shown(item)) exit = item;
  }
  auto centre = [&](QQuickItem* item) {
    return item->mapToItem(window->contentItem(), QPointF(item->width() / 2, item->height() / 2)).x();
  };
  if (exit) {
    const bool left = centre(exit) < window->width() / 2;
    if (left != rtl) faults.add(where, QStringLiteral("the quick exit is on the %1").arg(left ? "left" : "right"));
  }
  if (back && exit) {
    const bool backRight = centre(back) > centre(exit);
    if (backRight != rtl) faults.add(where, QStringLiteral("Back is on the %1 of the quick exit").arg(backRight ? "right" : "left"));
  }
  for (QQuickItem* item : kith::a11y::descendants(page)) {
    if (!item->inherits("QQuickText") || !shown(item) || item->property("text").toString().isEmpty()) continue;
    const int asked = item->property("horizontalAlignment").toInt();
    if (asked != Qt::AlignLeft) continue;  // centred, or set on purpose
    const int effective = item->property("effectiveHorizontalAlignment").toInt();
    const int expected = rtl ? Qt::AlignRight : Qt::AlignLeft;
    if (effective != expected) {
      faults.add(where, QStringLiteral("%1 is aligned %2").arg(describe(item), effective == Qt::AlignRight ? "right" : "left"));
    }
  }
}

//! The pages the page offers to open must all be on the person's list (so the list keeps up).
void check_openers(RoleShell& shell, const kith::a11y::Role& role, const QStringList& listed, const QString& path,
                   QQuickItem* page, const QSet<QString>& reachedPages, Faults& faults) {
  if (path == "unlock") return;
  QStringList names;
  for (QQuickItem* item : kith::a11y::descendants(page)) {
    if (shown(item) && item->isEnabled() && kith::a11y::opens_page(item->objectName()) &&
        !names.contains(item->objectName())) {
      names << item->objectName();
    }
  }
  for (const QString& name : names) {
    const QString next = path == "home" ? name : path + ">" + name;
    if (listed.contains(next)) continue;
    QString why;
    QQuickItem* opened = shell.open(next, &why);
    if (!opened) {
      faults.add(role.key + " " + path, QStringLiteral("%1 opens nothing: %2").arg(name, why));
    } else if (!reachedPages.contains(opened->objectName())) {
      faults.add(role.key + " " + path,
                 QStringLiteral("%1 opens %2, which is not on %3's list of pages").arg(name, opened->objectName(), role.key));
    }
  }
}

class Reflow : public ::testing::TestWithParam<std::string> {};

TEST_P(Reflow, EveryPageAtLargeTextNarrowAndInUrdu) {
  const kith::a11y::Role* role = kith::a11y::find_role(QString::fromStdString(GetParam()));
  ASSERT_NE(role, nullptr);
  RoleShell shell(*role, kith::testing::demo_records());
  ASSERT_TRUE(shell.error().isEmpty()) << shell.error().toStdString();

  Faults faults;
  QStringList covered;
  QSet<QString> reached;
  auto check_page = [&](const QString& path, const Look& look) {
    const QString where = QStringLiteral("%1 %2 (%3)").arg(role->key, path, look.name());
    QString why;
    QQuickItem* page = shell.open(path, &why);
    if (!page) {
      faults.add(where, "cannot open: " + why);
      return;
    }
    if (&look == &kBaseline) {
      covered << page->objectName();
      reached.insert(page->objectName());
    }
    check_scrolled(shell.window(), page, where, faults);
    check_mirroring(shell.window(), page, look.language == "ur", where, faults);
    const QString warnings = shell.takeWarnings();
    if (!warnings.isEmpty()) faults.add(where, "QML warnings:\n" + warnings.trimmed());
  };

  const std::vector<const Look*> looks = {&kBaseline, &kLarge, &kUrdu};
  // The PIN screen first, while the store is locked.
  for (const Look* look : looks) {
    shell.setLook(look->scale, look->language, look->size);
    check_page("unlock", *look);
  }
  ASSERT_TRUE(shell.unlock()) << shell.error().toStdString();
  const QStringList pages = shell.pages();
  for (const Look* look : looks) {
    shell.setLook(look->scale, look->language, look->size);
    for (const QString& path : pages) {
      if (path != "unlock") check_page(path, *look);
    }
  }
  // Every page a page offers to open is on the list.
  shell.setLook(kBaseline.scale, kBaseline.language, kBaseline.size);
  for (const QString& path : pages) {
    QString why;
    if (path == "unlock") continue;
    QQuickItem* page = shell.open(path, &why);
    if (page) check_openers(shell, *role, pages, path, page, reached, faults);
  }
  // The quick exit's neutral screen, in every look.
  for (const Look* look : looks) {
    shell.setLook(look->scale, look->language, look->size);
    check_page("neutral", *look);
  }
  std::printf("%s: %lld pages: %s\n", qPrintable(role->description), static_cast<long long>(covered.size()),
              qPrintable(covered.join(", ")));
  EXPECT_TRUE(faults.empty()) << faults.size() << " faults for " << role->description.toStdString() << ":\n"
                              << faults.text().toStdString();
}

INSTANTIATE_TEST_SUITE_P(EveryRole, Reflow, ::testing::Values(std::string("amina"), std::string("zara"), std::string("nan"),
                                                         std::string("helen"), std::string("jo")),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

}  // namespace
