#include "WorkerSupportForm.h"

#include "OptionalDateEdit.h"
#include "common/Plausibility.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Kohtaamo {

WorkerSupportForm::WorkerSupportForm(FieldProblems &problems, QWidget *parent) : WorkerFormPart(problems, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *training = new QGroupBox(tr("Training"), this);
    auto *trainingForm = newForm(training);
    m_trainingName = new QLineEdit(training);
    m_trainingName->setObjectName(QStringLiteral("trainingName"));
    m_trainingName->setAccessibleName(tr("Training"));
    m_trainingName->setPlaceholderText(tr("e.g. Expert-by-experience training, 50 h"));
    track(m_trainingName, QStringLiteral("trainingName"));
    addRow(trainingForm, tr("&Training:"), QStringLiteral("trainingName"), m_trainingName);
    m_trainingHours = new QDoubleSpinBox(training);
    m_trainingHours->setObjectName(QStringLiteral("trainingHours"));
    m_trainingHours->setAccessibleName(tr("Training hours"));
    m_trainingHours->setRange(0, Plausibility::kMaxTrainingHours);
    m_trainingHours->setDecimals(1);
    m_trainingHours->setSuffix(tr(" h"));
    track(m_trainingHours, QStringLiteral("trainingHours"));
    addRow(trainingForm, tr("&Hours:"), QStringLiteral("trainingHours"), m_trainingHours);
    m_trainingCompleted = addDate(trainingForm, "trainingCompleted", tr("&Completed on:"), tr("Training completed on"));
    layout->addWidget(training);

    auto *support = new QGroupBox(tr("Support"), this);
    auto *supportForm = newForm(support);
    m_lastSupervision = addDate(supportForm, "lastSupervision", tr("Last &supervision:"), tr("Last supervision"));
    m_lastDebrief = addDate(supportForm, "lastDebrief", tr("Last &debrief:"), tr("Last debrief"));
    auto *note = new QLabel(tr("Every worker is prepared before and debriefed after an engagement; supervision is "
                               "regular. The Today page lists engagements still waiting for a debrief."),
                            support);
    note->setWordWrap(true);
    supportForm->addRow(note);
    layout->addWidget(support);
    layout->addStretch(1);
}

OptionalDateEdit *WorkerSupportForm::addDate(QFormLayout *form, const char *name, const QString &label,
                                             const QString &accessible)
{
    auto *edit = new OptionalDateEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    track(edit, QLatin1String(name));
    addRow(form, label, QLatin1String(name), edit);
    return edit;
}

void WorkerSupportForm::fill(const Worker &w)
{
    m_trainingName->setText(w.trainingName);
    m_trainingHours->setValue(w.trainingHours);
    m_trainingCompleted->setValue(w.trainingCompleted);
    m_lastSupervision->setValue(w.lastSupervision);
    m_lastDebrief->setValue(w.lastDebrief);
}

void WorkerSupportForm::applyTo(Worker &w) const
{
    w.trainingName = m_trainingName->text();
    w.trainingHours = m_trainingHours->value();
    w.trainingCompleted = m_trainingCompleted->value();
    w.lastSupervision = m_lastSupervision->value();
    w.lastDebrief = m_lastDebrief->value();
}

} // namespace Kohtaamo
