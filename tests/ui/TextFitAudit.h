#pragma once

// What the GUI tests check for texts that do not fit (issue 19): every visible label without word wrap, button,
// check box, combo box's current text, tab and table header section of a window shows its whole text — measured
// with the widget's own font against the room the style gives it. A text cut short, elided by the widget, pushed
// out of its parent or a window that cannot be as narrow as asked is one offender each, named with its page, the
// widget's object (or accessible) name and its text.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStringList>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

namespace Kohtaamo::TextFit {

// The text as drawn: "Mark &held" → "Mark held", "&&" → "&".
inline QString withoutMnemonic(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
        }
        out.append(text.at(i));
    }
    return out;
}

// The widest line of `text` in `fm`.
inline int widest(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = std::max(w, fm.horizontalAdvance(line));
    return w;
}

inline QString nameOf(const QWidget *w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    for (const QWidget *p = w->parentWidget(); name.isEmpty() && p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            name = QStringLiteral("in %1").arg(p->objectName());
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

class Audit
{
public:
    explicit Audit(QString where) : m_where(std::move(where)) { }

    QStringList offenders() const { return m_offenders; }
    // Windows that could not be made as narrow as asked: their pages need more room than the screen has.
    QStringList tooWide() const { return m_tooWide; }
    int checked() const { return m_checked; }

    void window(QWidget *window, int wantedWidth = 0)
    {
        if (wantedWidth > 0 && window->width() > wantedWidth)
            m_tooWide << QStringLiteral("%1 — the window is %2 px wide, asked %3 (its page needs %4)")
                             .arg(m_where)
                             .arg(window->width())
                             .arg(wantedWidth)
                             .arg(window->minimumSizeHint().width());
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->window() != window)
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                check(label);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(button);
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                check(combo);
            else if (auto *bar = qobject_cast<QTabBar *>(w))
                check(bar);
            else if (auto *header = qobject_cast<QHeaderView *>(w))
                check(header);
        }
    }

private:
    void offend(const QWidget *w, const QString &text, int need, int have, const QString &how = QString())
    {
        m_offenders << QStringLiteral("%1 — %2 “%3”: needs %4 px, has %5%6")
                           .arg(m_where, nameOf(w), text)
                           .arg(need)
                           .arg(have)
                           .arg(how.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(how));
    }

    // Pushed out of an ancestor that does not scroll: part of the widget is not drawn.
    bool clipped(const QWidget *w, const QString &text)
    {
        QRect rect(QPoint(0, 0), w->size());
        const QWidget *child = w;
        for (const QWidget *p = w->parentWidget(); p && !child->isWindow(); child = p, p = p->parentWidget()) {
            rect.translate(child->pos());
            if (qobject_cast<const QAbstractScrollArea *>(p->parentWidget())
                && p == static_cast<const QAbstractScrollArea *>(p->parentWidget())->viewport())
                return false; // a scrolling page or table: the user scrolls to it
            const QRect inside = rect.intersected(QRect(QPoint(0, 0), p->size()));
            if (inside.width() + 1 < rect.width()) {
                offend(w, text, rect.width(), inside.width(), QStringLiteral("cut off by %1").arg(nameOf(p)));
                return true;
            }
            rect = inside;
        }
        return false;
    }

    void check(QLabel *label)
    {
        const QString text = label->text();
        if (text.isEmpty() || label->wordWrap())
            return;
        ++m_checked;
        const int indent = label->indent() >= 0 ? label->indent()
            : label->frameWidth() > 0           ? label->fontMetrics().horizontalAdvance(QLatin1Char('x')) / 2
                                                : 0;
        const int have = label->contentsRect().width() - 2 * label->margin() - indent;
        int need = 0;
        QString shown = text;
        if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
            QTextDocument doc;
            doc.setDefaultFont(label->font());
            doc.setDocumentMargin(0);
            doc.setHtml(text);
            need = qCeil(doc.idealWidth());
            shown = doc.toPlainText();
        } else {
            if (label->buddy())
                shown = withoutMnemonic(text);
            need = widest(label->fontMetrics(), shown);
        }
        if (clipped(label, shown))
            return;
        if (need > have + 1) {
            offend(label, shown, need, have);
            return;
        }
        // Elided by the code that set it: the full text is in the tooltip.
        if (shown.endsWith(QChar(0x2026)) && label->toolTip().startsWith(shown.chopped(1))
            && label->toolTip().size() > shown.size())
            offend(label, label->toolTip(), need, have, QStringLiteral("elided"));
    }

    void check(QAbstractButton *button)
    {
        const QString text = withoutMnemonic(button->text());
        if (text.isEmpty())
            return;
        ++m_checked;
        if (clipped(button, text))
            return;
        int need = button->sizeHint().width();
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            // The style's frame and margins around the text and icon (without the minimum width a style gives a
            // button with a short text).
            QStyleOptionButton option;
            option.initFrom(push);
            if (push->autoDefault())
                option.features |= QStyleOptionButton::AutoDefaultButton;
            if (push->isDefault())
                option.features |= QStyleOptionButton::DefaultButton;
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            const QSize frame = push->style()->sizeFromContents(QStyle::CT_PushButton, &option,
                                                                QSize(0, push->fontMetrics().height()), push);
            int content = widest(push->fontMetrics(), text);
            if (!push->icon().isNull())
                content += push->iconSize().width() + 4;
            need = std::min(need, content + frame.width());
        }
        if (need > button->width() + 1)
            offend(button, text, need, button->width());
    }

    void check(QComboBox *combo)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        // A chooser of the office's own names (organisations, funded activities, topics) is made to elide them
        // (AdjustToMinimumContentsLength…): a name may be as long as the office writes it, and the list shows it
        // whole when opened. Every other combo box shows its whole current text.
        if (combo->sizeAdjustPolicy() != QComboBox::AdjustToContents
            && combo->sizeAdjustPolicy() != QComboBox::AdjustToContentsOnFirstShow)
            return;
        ++m_checked;
        if (clipped(combo, combo->currentText()))
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        const QRect field
            = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        int need = widest(combo->fontMetrics(), combo->currentText());
        if (!option.currentIcon.isNull())
            need += option.iconSize.width() + 4;
        if (need > field.width() + 1)
            offend(combo, combo->currentText(), need, field.width());
    }

    void check(QTabBar *bar)
    {
        if (bar->count() == 0)
            return;
        QStringList texts;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabVisible(i))
                texts << withoutMnemonic(bar->tabText(i));
        }
        m_checked += int(texts.size());
        const bool vertical = bar->shape() == QTabBar::RoundedWest || bar->shape() == QTabBar::RoundedEast
            || bar->shape() == QTabBar::TriangularWest || bar->shape() == QTabBar::TriangularEast;
        const int need = vertical ? bar->sizeHint().height() : bar->sizeHint().width();
        const int have = vertical ? bar->height() : bar->width();
        if (need > have + 1)
            offend(bar, texts.join(QStringLiteral(" | ")), need, have, QStringLiteral("tabs squeezed"));
    }

    void check(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        QFont font = header->font();
        // Fusion draws the header in the widget's font; a model may ask for another.
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const QString text = header->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.isEmpty())
                continue;
            ++m_checked;
            const QVariant wanted = header->model()->headerData(i, Qt::Horizontal, Qt::FontRole);
            const QFontMetrics fm(wanted.isValid() ? wanted.value<QFont>() : font);
            int need = widest(fm, text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                need += header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
            const int have = header->sectionSize(i);
            if (need > have + 1)
                offend(header, text, need, have, QStringLiteral("column %1").arg(i));
        }
    }

    QString m_where;
    QStringList m_offenders;
    QStringList m_tooWide;
    int m_checked = 0;
};

} // namespace Kohtaamo::TextFit
