#include "EngagementDelegate.h"
#include "common/DateTexts.h"

#include "DecimalSpinBox.h"
#include "EngagementTableModel.h"
#include "OutcomeTexts.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/Plausibility.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>

namespace Kohtaamo {

namespace {
QDoubleSpinBox *spinBox(QWidget *parent, double maximum, double step, const QString &suffix)
{
    auto *spin = new DecimalSpinBox(parent);
    spin->setRange(0.0, maximum);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    return spin;
}
} // namespace

EngagementDelegate::EngagementDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *EngagementDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    switch (index.column()) {
    case EngagementTableModel::AttendanceColumn: {
        auto *combo = new QComboBox(parent);
        for (Attendance a : OutcomeTexts::attendances())
            combo->addItem(OutcomeTexts::attendanceName(a), int(a));
        editor = combo;
        break;
    }
    case EngagementTableModel::HoursColumn:
        // The core accepts up to a week of hours.
        editor = spinBox(parent, 168.0, 0.25, tr(" h", "hours"));
        break;
    case EngagementTableModel::FeeColumn:
    case EngagementTableModel::TravelColumn:
        // The most the core accepts as an amount (a fee also has the office's own, lower cap).
        editor = spinBox(parent, double(Plausibility::kMaxAmountCents) / 100.0, 1.0, tr(" €", "euro suffix"));
        break;
    case EngagementTableModel::DebriefDateColumn: {
        auto *date = new DateField(parent);
        date->setCalendarPopup(true);
        date->setDisplayFormat(DateTexts::dateFormat());
        editor = date;
        break;
    }
    default:
        editor = QStyledItemDelegate::createEditor(parent, option, index);
        break;
    }
    if (editor) {
        const QString column = index.model()->headerData(index.column(), Qt::Horizontal).toString();
        const QString worker = index.siblingAtColumn(EngagementTableModel::WorkerColumn).data().toString();
        editor->setAccessibleName(tr("%1, %2", "column title, worker").arg(column, worker));
    }
    return editor;
}

void EngagementDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toInt())));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
        spin->selectAll();
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : Clock::instance().today());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void EngagementDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace Kohtaamo
