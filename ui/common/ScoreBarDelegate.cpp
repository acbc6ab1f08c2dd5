#include "ScoreBarDelegate.h"

#include "Colours.h"
#include "ItemRoles.h"

#include <QApplication>
#include <QPainter>

namespace Kohtaamo {

ScoreBarDelegate::ScoreBarDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void ScoreBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double fraction = qBound(0.0, index.data(ItemRoles::FractionRole).toDouble(), 1.0);
    const QFontMetrics fm(option.font);
    const int numberWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 8;
    const QRect area = option.rect.adjusted(4, 0, -4, 0);
    const QRect numberRect(area.left(), area.top(), numberWidth, area.height());
    const int barHeight = qMax(6, fm.height() / 2);
    const QRect track(numberRect.right() + 4, area.center().y() - barHeight / 2,
                      qMax(10, area.right() - numberRect.right() - 4), barHeight);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Colours::barTrack(pal, selected));
    painter->drawRoundedRect(track, 2, 2);
    QRect filled = track;
    filled.setWidth(qRound(track.width() * fraction));
    painter->setBrush(Colours::barFill(pal, selected));
    if (filled.width() > 0)
        painter->drawRoundedRect(filled, 2, 2);
    painter->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(numberRect, Qt::AlignVCenter | Qt::AlignRight, text);
    painter->restore();
}

QSize ScoreBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(qMax(size.width(), fm.horizontalAdvance(QStringLiteral("0000")) + 100));
    return size;
}

} // namespace Kohtaamo
