#include "FormPart.h"

#include "FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Kohtaamo {

FormPart::FormPart(FieldProblems &problems, QWidget *parent) : QWidget(parent), m_problems(problems) { }

void FormPart::edited(const QString &field)
{
    if (m_filling)
        return;
    m_problems.edited(field);
    emit changed();
}

QFormLayout *FormPart::newForm(QWidget *parent)
{
    auto *form = parent ? new QFormLayout(parent) : new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLabel *FormPart::addRow(QFormLayout *form, const QString &label, const QString &field, QWidget *input, QWidget *shown)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(input);
    form->addRow(l, m_problems.add(field, input, shown));
    return l;
}

QString FormPart::required(const QString &label)
{
    QString name = label.trimmed();
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    return tr("%1 (required):", "the label of a field that must be filled").arg(name);
}

void FormPart::track(QLineEdit *edit, const QString &field)
{
    connect(edit, &QLineEdit::textChanged, this, [this, field] { edited(field); });
}

void FormPart::track(QPlainTextEdit *edit, const QString &field)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] { edited(field); });
}

void FormPart::track(QSpinBox *spin, const QString &field)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, field] { edited(field); });
}

void FormPart::track(QDoubleSpinBox *spin, const QString &field)
{
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field] { edited(field); });
}

void FormPart::track(QComboBox *combo, const QString &field)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { edited(field); });
}

void FormPart::track(QCheckBox *check, const QString &field)
{
    connect(check, &QCheckBox::toggled, this, [this, field] { edited(field); });
}

void FormPart::track(QDateTimeEdit *edit, const QString &field)
{
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, field] { edited(field); });
}

} // namespace Kohtaamo
