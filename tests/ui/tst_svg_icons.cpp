// The icons drawn as SVG files (resources/icons): embedded, rendered by Qt SVG, the page icons in the palette's text
// colour (light, dark, selected), the application icon in its own colours.
#include "common/SvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPalette>
#include <QTest>

using namespace Kohtaamo;
using Shape = SvgIconEngine::Shape;

Q_DECLARE_METATYPE(Kohtaamo::SvgIconEngine::Shape)

namespace {

// Fully opaque pixels of an icon rendered at side × side, and how many of them differ from colour.
struct Coverage
{
    int opaque = 0;
    int otherColour = 0;
};

Coverage coverage(const QIcon &icon, int side, QIcon::Mode mode, const QColor &colour)
{
    const QImage image = icon.pixmap(QSize(side, side), mode).toImage().convertToFormat(QImage::Format_ARGB32);
    Coverage c;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) != 255)
                continue;
            ++c.opaque;
            if ((p & 0xffffff) != (colour.rgb() & 0xffffff))
                ++c.otherColour;
        }
    }
    return c;
}

QPalette palette(const QColor &text, const QColor &window, const QColor &highlightedText)
{
    QPalette p = QApplication::palette();
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::HighlightedText, highlightedText);
    return p;
}

} // namespace

class TestSvgIcons : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QApplication::setPalette(m_original); }

    void everyIconIsEmbedded_data();
    void everyIconIsEmbedded();
    void pageIconsAreDrawnInThePaletteTextColour_data();
    void pageIconsAreDrawnInThePaletteTextColour();
    void applicationIconKeepsItsColours();

private:
    QPalette m_original = QApplication::palette();
};

void TestSvgIcons::everyIconIsEmbedded_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::newRow("application") << Shape::Application;
    QTest::newRow("today") << Shape::Today;
    QTest::newRow("requests") << Shape::Requests;
    QTest::newRow("workers") << Shape::Workers;
    QTest::newRow("reports") << Shape::Reports;
    QTest::newRow("settings") << Shape::Settings;
}

void TestSvgIcons::everyIconIsEmbedded()
{
    QFETCH(Shape, shape);
    QVERIFY2(QFile::exists(SvgIconEngine::resourcePath(shape)), qPrintable(SvgIconEngine::resourcePath(shape)));
    const QIcon icon = SvgIconEngine::icon(shape);
    QVERIFY(!icon.isNull());
    // Drawn, not blank: a fair share of a 32-pixel square is covered.
    const Coverage c = coverage(icon, 32, QIcon::Normal, Qt::black);
    QVERIFY2(c.opaque > 32, qPrintable(QString::number(c.opaque)));
}

void TestSvgIcons::pageIconsAreDrawnInThePaletteTextColour_data()
{
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QColor>("expected");
    const QPalette light = palette(QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1), QColor(Qt::white));
    const QPalette dark = palette(QColor(0xef, 0xf0, 0xf1), QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc));
    const QList<QPair<const char *, Shape>> shapes { { "today", Shape::Today },
                                                     { "requests", Shape::Requests },
                                                     { "workers", Shape::Workers },
                                                     { "reports", Shape::Reports },
                                                     { "settings", Shape::Settings } };
    for (const auto &[name, shape] : shapes) {
        QTest::addRow("%s light", name) << shape << light << int(QIcon::Normal) << QColor(0x23, 0x26, 0x29);
        QTest::addRow("%s dark", name) << shape << dark << int(QIcon::Normal) << QColor(0xef, 0xf0, 0xf1);
        QTest::addRow("%s selected", name) << shape << light << int(QIcon::Selected) << QColor(Qt::white);
    }
}

void TestSvgIcons::pageIconsAreDrawnInThePaletteTextColour()
{
    QFETCH(Shape, shape);
    QFETCH(QPalette, palette);
    QFETCH(int, mode);
    QFETCH(QColor, expected);
    QApplication::setPalette(palette);
    const Coverage c = coverage(SvgIconEngine::icon(shape), 48, QIcon::Mode(mode), expected);
    QVERIFY2(c.opaque > 48, qPrintable(QString::number(c.opaque)));
    QCOMPARE(c.otherColour, 0);
}

void TestSvgIcons::applicationIconKeepsItsColours()
{
    // The brand teal tile shows at the top of the icon whatever the palette.
    QApplication::setPalette(palette(Qt::black, Qt::white, Qt::white));
    const QImage image = SvgIconEngine::icon(Shape::Application).pixmap(QSize(64, 64)).toImage();
    const QColor tile = image.pixelColor(32, 12);
    QCOMPARE(tile.alpha(), 255);
    QVERIFY2(tile.green() > tile.red() + 30 && tile.blue() > tile.red() + 30, qPrintable(tile.name()));
    // Transparent outside the rounded corners: an icon, not a square picture.
    QCOMPARE(image.pixelColor(1, 1).alpha(), 0);
}

QTEST_MAIN(TestSvgIcons)
#include "tst_svg_icons.moc"
