#include "RequestFormPart.h"

#include "FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace Kohtaamo {

RequestFormPart::RequestFormPart(FieldProblems &problems, QWidget *parent) : QWidget(parent), m_problems(problems) { }

void RequestFormPart::setRequest(const Request &request)
{
    m_filling = true;
    fill(request);
    m_filling = false;
}

void RequestFormPart::edited(const QString &field)
{
    if (m_filling)
        return;
    m_problems.edited(field);
    emit changed();
}

QFormLayout *RequestFormPart::newForm(QWidget *parent)
{
    auto *form = parent ? new QFormLayout(parent) : new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}

QLabel *RequestFormPart::addRow(QFormLayout *form, const QString &label, const QString &field, QWidget *input,
                                QWidget *shown)
{
    auto *l = new QLabel(label, this);
    l->setBuddy(input);
    form->addRow(l, m_problems.add(field, input, shown));
    return l;
}

void RequestFormPart::track(QLineEdit *edit, const QString &field)
{
    connect(edit, &QLineEdit::textChanged, this, [this, field] { edited(field); });
}

void RequestFormPart::track(QPlainTextEdit *edit, const QString &field)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] { edited(field); });
}

void RequestFormPart::track(QSpinBox *spin, const QString &field)
{
    connect(spin, &QSpinBox::valueChanged, this, [this, field] { edited(field); });
}

void RequestFormPart::track(QComboBox *combo, const QString &field)
{
    connect(combo, &QComboBox::currentIndexChanged, this, [this, field] { edited(field); });
}

void RequestFormPart::track(QCheckBox *check, const QString &field)
{
    connect(check, &QCheckBox::toggled, this, [this, field] { edited(field); });
}

void RequestFormPart::track(QDateTimeEdit *edit, const QString &field)
{
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, field] { edited(field); });
}

} // namespace Kohtaamo
