#include "ChipsDelegate.h"

#include "Chip.h"
#include "Colours.h"
#include "ItemRoles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Kohtaamo {

namespace {
constexpr int kPadX = 6; // inside a chip, left and right
constexpr int kPadY = 2; // inside a chip, top and bottom
constexpr int kGap = 4; // between chips
constexpr int kMargin = 3; // around the cell

Colours::Tone toneOf(const Chip &chip)
{
    switch (chip.tone) {
    case Chip::Tone::Good:
        return Colours::Tone::Good;
    case Chip::Tone::Caution:
        return Colours::Tone::Caution;
    case Chip::Tone::Neutral:
        break;
    }
    return Colours::Tone::Neutral;
}
} // namespace

ChipsDelegate::ChipsDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

int ChipsDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width,
                          QVector<QRect> *rects) const
{
    const auto chips = index.data(ItemRoles::ChipsRole).value<ChipList>();
    const QFontMetrics fm(option.font);
    const int chipHeight = fm.height() + 2 * kPadY;
    const int available = qMax(width - 2 * kMargin, 40);
    int x = 0;
    int y = 0;
    int rowHeight = 0;
    for (const Chip &chip : chips) {
        // +2: the painted outline is inset by half a pixel on each side, which must not cut the text.
        const QString text = chipLabel(chip);
        int w = fm.horizontalAdvance(text) + 2 * kPadX + 2;
        int h = chipHeight;
        if (w > available) {
            // Too long for one line: the chip takes the whole width and its text wraps, never cut off.
            w = available;
            h = fm.boundingRect(QRect(0, 0, w - 2 * kPadX - 2, 10000), Qt::TextWordWrap, text).height() + 2 * kPadY;
        }
        if (x > 0 && x + w > available) {
            x = 0;
            y += rowHeight + kGap;
            rowHeight = 0;
        }
        if (rects)
            rects->append(QRect(kMargin + x, kMargin + y, w, h));
        x += w + kGap;
        rowHeight = qMax(rowHeight, h);
    }
    return chips.isEmpty() ? fm.height() + 2 * kMargin : y + rowHeight + 2 * kMargin;
}

void ChipsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QVector<QRect> rects;
    layout(option, index, option.rect.width(), &rects);
    const auto chips = index.data(ItemRoles::ChipsRole).value<ChipList>();
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(option.font);
    const QFontMetrics fm(option.font);
    for (int i = 0; i < chips.size() && i < rects.size(); ++i) {
        const Chip &chip = chips.at(i);
        const Colours::Tone tone = toneOf(chip);
        const QRectF r = QRectF(rects.at(i).translated(option.rect.topLeft())).adjusted(0.5, 0.5, -0.5, -0.5);
        QPainterPath path;
        const qreal radius = qMin(r.height(), qreal(fm.height() + 2 * kPadY)) / 2;
        path.addRoundedRect(r, radius, radius);
        painter->fillPath(path, Colours::chipFill(pal, tone, selected));
        painter->setPen(QPen(Colours::chipBorder(pal, tone, selected), 1));
        painter->drawPath(path);
        painter->setPen(Colours::chipText(pal, tone, selected));
        const QRect textRect = r.toRect().adjusted(kPadX, kPadY, -kPadX, -kPadY);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, chipLabel(chip));
    }
    painter->restore();
}

QSize ChipsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 360;
    return { width, layout(option, index, width, nullptr) };
}

} // namespace Kohtaamo
