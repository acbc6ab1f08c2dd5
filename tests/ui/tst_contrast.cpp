// WCAG 2.1 AA contrast under the light, dark and high-contrast palettes (and the desktop's own, as Kohtaamo repairs
// it): every text/background pair the delegates and widgets draw with (common/Colours::pairsInUse) reaches 4.5:1,
// every focus frame, chip border and bar 3:1. The pairs are read from real pixels too: a chip row painted by
// ChipsDelegate and a line of Today, so that a delegate drawing past Colours would be caught.
#include "common/AccessibleStyle.h"
#include "common/Chip.h"
#include "common/ChipsDelegate.h"
#include "common/Colours.h"
#include "common/ItemRoles.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionViewItem>
#include <QTest>

#include <algorithm>

using namespace Kohtaamo;

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void ratioIsWcags();
    void everyPairUnderEveryPalette_data();
    void everyPairUnderEveryPalette();
    void paintedChipsKeepTheirContrast_data();
    void paintedChipsKeepTheirContrast();
    void checkBoxFramesAreVisible_data();
    void checkBoxFramesAreVisible();
    void paletteOptionNames();
};

void TestContrast::ratioIsWcags()
{
    // Known values: black on white is 21:1, the same colour 1:1, #767676 on white just above 4.5:1.
    QCOMPARE(qRound(Colours::contrast(Qt::black, Qt::white) * 100), 2100);
    QCOMPARE(Colours::contrast(QColor(0x33, 0x66, 0x99), QColor(0x33, 0x66, 0x99)), 1.0);
    QVERIFY(Colours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(Colours::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    // The fixed "Declined" orange of old is under 3:1 on a dark base; moved for the palette, it reads.
    const QColor orange(0x9a, 0x4a, 0x07);
    QVERIFY(Colours::contrast(orange, QColor(0x1e, 0x1e, 0x1e)) < 3.0);
    QVERIFY(
        Colours::contrast(Colours::withContrast(orange, { QColor(0x1e, 0x1e, 0x1e) }, 4.5), QColor(0x1e, 0x1e, 0x1e))
        >= 4.5);
}

void TestContrast::everyPairUnderEveryPalette_data()
{
    QTest::addColumn<int>("scheme");
    QTest::newRow("light") << int(Colours::Scheme::Light);
    QTest::newRow("dark") << int(Colours::Scheme::Dark);
    QTest::newRow("high contrast") << int(Colours::Scheme::HighContrast);
    QTest::newRow("desktop (Fusion), repaired") << int(Colours::Scheme::System);
}

void TestContrast::everyPairUnderEveryPalette()
{
    QFETCH(int, scheme);
    const QPalette palette = Colours::palette(Colours::Scheme(scheme), QApplication::style()->standardPalette());
    const auto pairs = Colours::pairsInUse(palette);
    QVERIFY(pairs.size() > 40);
    QStringList failing;
    double lowestText = 21;
    double lowestNonText = 21;
    for (const Colours::Pair &pair : pairs) {
        const double ratio = Colours::contrast(pair.foreground, pair.background);
        (pair.needed >= Colours::kTextContrast ? lowestText : lowestNonText)
            = std::min(pair.needed >= Colours::kTextContrast ? lowestText : lowestNonText, ratio);
        if (ratio + 1e-9 < pair.needed)
            failing << QStringLiteral("%1 %2 on %3: %4:1 < %5:1")
                           .arg(pair.where, pair.foreground.name(), pair.background.name())
                           .arg(ratio, 0, 'f', 2)
                           .arg(pair.needed, 0, 'f', 1);
    }
    qInfo("%s: %d pairs, lowest text %.2f:1, lowest frame/border/bar %.2f:1", QTest::currentDataTag(),
          int(pairs.size()), lowestText, lowestNonText);
    QVERIFY2(failing.isEmpty(), qPrintable(failing.join(QLatin1Char('\n'))));
}

void TestContrast::paintedChipsKeepTheirContrast_data()
{
    everyPairUnderEveryPalette_data();
}

// One chip of each tone painted by the real delegate, unselected and selected: the chip's border against the row
// and the text's colour (the pixel farthest from the fill inside the chip) against the fill.
void TestContrast::paintedChipsKeepTheirContrast()
{
    QFETCH(int, scheme);
    const QPalette palette = Colours::palette(Colours::Scheme(scheme), QApplication::style()->standardPalette());
    ChipsDelegate delegate;
    QStandardItemModel model(1, 1);
    for (auto tone : { Chip::Tone::Neutral, Chip::Tone::Good, Chip::Tone::Caution }) {
        model.setData(model.index(0, 0), QVariant::fromValue(ChipList { Chip { QStringLiteral("HHHH IIII"), tone } }),
                      ItemRoles::ChipsRole);
        for (bool selected : { false, true }) {
            QStyleOptionViewItem option;
            option.palette = palette;
            option.font = QApplication::font();
            option.rect = QRect(0, 0, 240, 40);
            option.state = QStyle::State_Enabled | (selected ? QStyle::State_Selected : QStyle::State_None);
            option.showDecorationSelected = true;
            QImage image(option.rect.size(), QImage::Format_RGB32);
            const QColor row = palette.color(selected ? QPalette::Highlight : QPalette::Base);
            image.fill(row);
            {
                QPainter painter(&image);
                delegate.paint(&painter, option, model.index(0, 0));
            }
            // The fill: the chip's inside just right of its left edge, half-way down, behind the padding.
            const QSize hint = delegate.sizeHint(option, model.index(0, 0));
            const int midY = qMin(hint.height(), 40) / 2;
            const QColor fill = image.pixelColor(3 + 3, midY);
            double borderRatio = 0;
            for (int x = 1; x < 6; ++x)
                borderRatio = std::max(borderRatio, Colours::contrast(image.pixelColor(x, midY), row));
            double textRatio = 0;
            for (int y = 4; y < midY * 2 - 4; ++y) {
                for (int x = 10; x < 120; ++x)
                    textRatio = std::max(textRatio, Colours::contrast(image.pixelColor(x, y), fill));
            }
            const QString where
                = QStringLiteral("tone %1%2").arg(int(tone)).arg(selected ? QStringLiteral(" selected") : QString());
            QVERIFY2(borderRatio >= Colours::kNonTextContrast - 0.05,
                     qPrintable(where + QStringLiteral(": border %1:1").arg(borderRatio)));
            QVERIFY2(textRatio >= Colours::kTextContrast - 0.05,
                     qPrintable(where + QStringLiteral(": text %1:1").arg(textRatio)));
        }
    }
}

void TestContrast::checkBoxFramesAreVisible_data()
{
    everyPairUnderEveryPalette_data();
}

// An unchecked check box and radio button painted by Fusion through AccessibleStyle: the indicator's frame (the
// pixels of its outline farthest from the window) reaches 3:1 against the window and the box's inside.
void TestContrast::checkBoxFramesAreVisible()
{
    QFETCH(int, scheme);
    AccessibleStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = Colours::palette(Colours::Scheme(scheme), style.standardPalette());
    QCheckBox box(QStringLiteral("Remote"));
    QRadioButton radio(QStringLiteral("Remote"));
    for (QAbstractButton *button : { static_cast<QAbstractButton *>(&box), static_cast<QAbstractButton *>(&radio) }) {
        button->setStyle(&style);
        button->setPalette(palette);
        button->resize(button->sizeHint());
        const QImage image = button->grab().toImage();
        QStyleOptionButton option;
        option.initFrom(button);
        const QRect indicator = style.subElementRect(
            button == &box ? QStyle::SE_CheckBoxIndicator : QStyle::SE_RadioButtonIndicator, &option, button);
        QVERIFY(!indicator.isEmpty());
        const QColor window = palette.color(QPalette::Window);
        const QColor inside = image.pixelColor(indicator.center());
        // Along the middle row, from the left edge inwards: the strongest pixel before the inside begins.
        double frameRatio = 0;
        const int y = indicator.center().y();
        for (int x = indicator.left(); x < indicator.left() + 3 && x < image.width(); ++x)
            frameRatio = std::max(frameRatio,
                                  std::min(Colours::contrast(image.pixelColor(x, y), window),
                                           Colours::contrast(image.pixelColor(x, y), inside)));
        QVERIFY2(frameRatio >= Colours::kNonTextContrast - 0.05,
                 qPrintable(QStringLiteral("%1: frame %2:1")
                                .arg(QString::fromLatin1(button->metaObject()->className()))
                                .arg(frameRatio)));
    }
}

void TestContrast::paletteOptionNames()
{
    QCOMPARE(Colours::schemeFromName(QStringLiteral("dark")), Colours::Scheme::Dark);
    QCOMPARE(Colours::schemeFromName(QStringLiteral("high-contrast")), Colours::Scheme::HighContrast);
    QCOMPARE(Colours::schemeFromName(QStringLiteral("light")), Colours::Scheme::Light);
    QCOMPARE(Colours::schemeFromName(QStringLiteral("purple")), Colours::Scheme::System);
    // The repaired desktop palette: Qt's half-transparent placeholder is made opaque and readable.
    QPalette faint = QApplication::style()->standardPalette();
    QColor half = faint.color(QPalette::Text);
    half.setAlpha(128);
    faint.setColor(QPalette::PlaceholderText, half);
    const QPalette repaired = Colours::accessible(faint);
    QCOMPARE(repaired.color(QPalette::PlaceholderText).alpha(), 255);
    QVERIFY(Colours::contrast(repaired.color(QPalette::PlaceholderText), repaired.color(QPalette::Base)) >= 4.5);
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
