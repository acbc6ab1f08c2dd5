#include "FieldProblems.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

namespace Kohtaamo {

FieldProblems::FieldProblems(QObject *parent) : QObject(parent)
{
    m_panel = new QFrame;
    m_panel->setObjectName(QStringLiteral("fieldProblems"));
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    m_panel->hide();
}

FieldProblems::~FieldProblems()
{
    if (m_panel && !m_panel->parent())
        delete m_panel;
}

QWidget *FieldProblems::add(const QString &field, QWidget *input, QWidget *shown)
{
    if (!shown)
        shown = input;
    const int size = shown->style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QPixmap warning = shown->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size);

    auto *holder = new QWidget(shown->parentWidget());
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(shown, 1);
    auto *sign = new QLabel(holder);
    sign->setObjectName(QStringLiteral("problemSign_") + field);
    sign->setPixmap(warning);
    sign->setAlignment(Qt::AlignTop);
    QSizePolicy keep = sign->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    sign->setSizePolicy(keep);
    layout->addWidget(sign, 0, Qt::AlignTop);
    sign->hide();

    auto *row = new QWidget(m_panel);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(row);
    icon->setPixmap(warning);
    icon->setAlignment(Qt::AlignTop);
    auto *caption = new QLabel(row);
    caption->setObjectName(QStringLiteral("problemCaption_") + field);
    caption->setAlignment(Qt::AlignTop);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    auto *message = new QLabel(row);
    message->setObjectName(QStringLiteral("problem_") + field);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rowLayout->addWidget(icon, 0, Qt::AlignTop);
    rowLayout->addWidget(caption, 0, Qt::AlignTop);
    rowLayout->addWidget(message, 1);
    m_panel->layout()->addWidget(row);
    row->hide();
    row->setCursor(Qt::PointingHandCursor);
    row->installEventFilter(this);
    caption->installEventFilter(this);
    icon->installEventFilter(this);

    Entry e;
    e.field = field;
    e.input = input;
    e.holder = holder;
    e.sign = sign;
    e.messageRow = row;
    e.caption = caption;
    e.message = message;
    e.description = input->accessibleDescription();
    m_entries.push_back(e);

    // Leaving any part of the field (a spin box's line edit, a list's buttons) counts as leaving it.
    shown->installEventFilter(this);
    for (QWidget *child : shown->findChildren<QWidget *>())
        child->installEventFilter(this);
    if (input != shown && !shown->isAncestorOf(input))
        input->installEventFilter(this);
    return holder;
}

// The text of the label the form gives the field (its buddy), without the mnemonic and the colon.
QString FieldProblems::captionOf(const QWidget *input)
{
    const QList<QLabel *> labels = input->window()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->buddy() != input || label->text().isEmpty())
            continue;
        QString text = label->text();
        text.remove(QRegularExpression(QStringLiteral("&(?=[^&])")));
        text.replace(QLatin1String("&&"), QLatin1String("&"));
        text = text.trimmed();
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        return text;
    }
    return input->accessibleName();
}

// Brings up the tab that holds `input` and puts the focus there.
void FieldProblems::goTo(QWidget *input)
{
    for (QWidget *w = input->parentWidget(); w; w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->widget(i)->isAncestorOf(input))
                    tabs->setCurrentIndex(i);
            }
        }
    }
    input->setFocus(Qt::OtherFocusReason);
}

bool FieldProblems::hasField(const QString &field) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return e.field == field; });
}

FieldProblems::Entry *FieldProblems::entry(const QString &field)
{
    for (Entry &e : m_entries) {
        if (e.field == field)
            return &e;
    }
    return nullptr;
}

void FieldProblems::edited(const QString &field)
{
    if (Entry *e = entry(field)) {
        e->edited = true;
        e->saveProblem.clear();
    }
    refresh();
}

void FieldProblems::setProblems(const QVector<Error> &problems)
{
    m_problems = problems;
    refresh();
}

void FieldProblems::addSaveProblem(const Error &problem)
{
    if (Entry *e = entry(problem.detail))
        e->saveProblem = problem.message;
    refresh();
}

void FieldProblems::revealAll()
{
    m_revealAll = true;
    refresh();
}

void FieldProblems::reset()
{
    m_revealAll = false;
    m_problems.clear();
    for (Entry &e : m_entries) {
        e.edited = false;
        e.left = false;
        e.saveProblem.clear();
    }
    refresh();
}

QString FieldProblems::shownMessage(const QString &field) const
{
    for (const Entry &e : m_entries) {
        if (e.field == field)
            return e.messageRow->isVisibleTo(e.messageRow->parentWidget()) ? e.message->text() : QString();
    }
    return {};
}

QStringList FieldProblems::shownFields() const
{
    QStringList fields;
    for (const Entry &e : m_entries) {
        if (!shownMessage(e.field).isEmpty())
            fields << e.field;
    }
    return fields;
}

QWidget *FieldProblems::firstInput() const
{
    for (const Entry &e : m_entries) {
        if (!shownMessage(e.field).isEmpty())
            return e.input;
    }
    return nullptr;
}

bool FieldProblems::showsProblemWithin(const QWidget *widget) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return widget->isAncestorOf(e.input) && !shownMessage(e.field).isEmpty();
    });
}

void FieldProblems::refresh()
{
    if (!m_panel) // the form is being taken down
        return;
    bool changed = false;
    bool any = false;
    for (Entry &e : m_entries) {
        QString text = e.saveProblem;
        if (text.isEmpty() && (m_revealAll || (e.edited && e.left))) {
            for (const Error &p : std::as_const(m_problems)) {
                if (p.detail == e.field) {
                    text = p.message;
                    break;
                }
            }
        }
        any = any || !text.isEmpty();
        const bool wasShown = e.messageRow->isVisibleTo(e.messageRow->parentWidget());
        if (text == (wasShown ? e.message->text() : QString()))
            continue;
        changed = true;
        e.message->setText(text);
        if (!text.isEmpty()) {
            const QString caption = captionOf(e.input);
            e.caption->setText(caption.isEmpty() ? QString() : tr("%1:").arg(caption));
            e.caption->setVisible(!caption.isEmpty());
        }
        e.messageRow->setVisible(!text.isEmpty());
        e.sign->setVisible(!text.isEmpty());
        e.sign->setToolTip(text);
        e.input->setAccessibleDescription(
            text.isEmpty() ? e.description
                           : (e.description.isEmpty() ? text : text + QLatin1Char(' ') + e.description));
    }
    m_panel->setVisible(any);
    if (changed)
        emit shownChanged();
}

bool FieldProblems::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_panel)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::MouseButtonRelease) {
        for (Entry &e : m_entries) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && (w == e.messageRow || e.messageRow->isAncestorOf(w))) {
                goTo(e.input);
                return false;
            }
        }
    }
    if (event->type() == QEvent::FocusOut) {
        for (Entry &e : m_entries) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && (w == e.input || e.holder->isAncestorOf(w)) && e.edited && !e.left) {
                e.left = true;
                refresh();
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void FieldProblems::markTabs(QTabWidget *tabs) const
{
    const QIcon warning = tabs->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // A tab without a problem gets an empty icon of the same size: the tab bar keeps its height and nothing under
    // it moves when a warning comes or goes.
    QPixmap empty(tabs->iconSize());
    empty.fill(Qt::transparent);
    const QIcon none(empty);
    for (int i = 0; i < tabs->count(); ++i) {
        const bool problem = showsProblemWithin(tabs->widget(i));
        tabs->setTabIcon(i, problem ? warning : none);
        tabs->setTabToolTip(i, problem ? tr("Something on this tab needs fixing.") : QString());
    }
}

QWidget *FieldProblems::showFirstInput(QTabWidget *tabs) const
{
    QWidget *input = firstInput();
    if (!input)
        return nullptr;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->isAncestorOf(input))
            tabs->setCurrentIndex(i);
    }
    return input;
}

} // namespace Kohtaamo
