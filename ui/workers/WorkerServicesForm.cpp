#include "WorkerServicesForm.h"

#include "common/Translations.h"
#include "requests/FieldProblems.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

WorkerServicesForm::WorkerServicesForm(FieldProblems &problems, QWidget *parent) : WorkerFormPart(problems, parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Kinds of work the worker is willing to do:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("serviceTypes"));
    m_list->setAccessibleName(tr("Kinds of work"));
    m_list->setAccessibleDescription(tr("Space checks or unchecks the kind of work."));
    label->setBuddy(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] { edited(QStringLiteral("serviceTypes")); });
    layout->addWidget(label);
    layout->addWidget(m_problems.add(QStringLiteral("serviceTypes"), m_list), 1);
}

void WorkerServicesForm::setServiceTypes(const QVector<ServiceType> &types)
{
    Worker current;
    applyTo(current);
    filling([&] {
        m_list->clear();
        const QString language = Translations::currentLanguage();
        for (const ServiceType &t : types) {
            auto *item = new QListWidgetItem(
                t.openToMinors ? tr("%1 (open to minors)").arg(t.name(language)) : t.name(language), m_list);
            item->setData(Qt::UserRole, t.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        fill(current);
    });
}

void WorkerServicesForm::fill(const Worker &w)
{
    QStringList missing = w.serviceTypes;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString code = item->data(Qt::UserRole).toString();
        item->setCheckState(w.serviceTypes.contains(code) ? Qt::Checked : Qt::Unchecked);
        missing.removeAll(code);
    }
    // A kind of work no longer listed stays checked rather than being dropped silently.
    for (const QString &code : std::as_const(missing)) {
        auto *item = new QListWidgetItem(code, m_list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

void WorkerServicesForm::applyTo(Worker &w) const
{
    w.serviceTypes.clear();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            w.serviceTypes << m_list->item(i)->data(Qt::UserRole).toString();
    }
}

} // namespace Kohtaamo
