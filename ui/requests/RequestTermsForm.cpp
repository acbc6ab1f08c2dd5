#include "RequestTermsForm.h"

#include "EuroAmountEdit.h"
#include "FieldProblems.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const QString kFee = QStringLiteral("feeCents");
const QString kScope = QStringLiteral("organisationScope");

QString languageName(const QString &code)
{
    const QLocale locale(code);
    const QString native = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return native.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(native, code);
}
} // namespace

QStringList RequestTermsForm::offeredLanguages()
{
    // Finland's national languages, English, Northern Sámi, and the languages most of Kohtaamo's clients of
    // foreign background speak.
    return { QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en"), QStringLiteral("se"),
             QStringLiteral("ru"), QStringLiteral("et"), QStringLiteral("ar"), QStringLiteral("so"),
             QStringLiteral("uk"), QStringLiteral("fa") };
}

RequestTermsForm::RequestTermsForm(FieldProblems &problems, QWidget *parent) : RequestFormPart(problems, parent)
{
    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;

    auto *who = new QGroupBox(tr("Participants"), this);
    auto *whoForm = newForm(who);
    m_audience = new QLineEdit(who);
    m_audience->setObjectName(QStringLiteral("audience"));
    m_audience->setAccessibleName(tr("Audience"));
    m_audience->setPlaceholderText(tr("e.g. about 30 new social workers"));
    addRow(whoForm, tr("A&udience:"), QStringLiteral("audience"), m_audience);
    m_language = new QComboBox(who);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of the work"));
    for (const QString &code : offeredLanguages())
        m_language->addItem(languageName(code), code);
    addRow(whoForm, tr("&Language:"), QStringLiteral("language"), m_language);
    m_workersNeeded = new QSpinBox(who);
    m_workersNeeded->setObjectName(QStringLiteral("workersNeeded"));
    m_workersNeeded->setRange(1, 50);
    m_workersNeeded->setAccessibleName(tr("Workers needed"));
    addRow(whoForm, tr("Wor&kers needed:"), QStringLiteral("workersNeeded"), m_workersNeeded);
    m_supervised = new QCheckBox(tr("An adult of the organisation is &present\n(required when minors take part)"), who);
    m_supervised->setObjectName(QStringLiteral("supervised"));
    m_supervised->setAccessibleName(tr("An adult of the organisation is present (required when minors take part)"));
    whoForm->addRow(m_supervised);
    m_recorded = new QCheckBox(tr("The event is recor&ded or streamed"), who);
    m_recorded->setObjectName(QStringLiteral("recorded"));
    whoForm->addRow(m_recorded);
    left->addWidget(who);

    auto *fee = new QGroupBox(tr("Fee"), this);
    auto *feeForm = newForm(fee);
    m_fee = new EuroAmountEdit(fee);
    m_fee->setObjectName(QStringLiteral("fee"));
    m_fee->setAccessibleName(tr("Fee per worker in euros"));
    m_fee->setAccessibleDescription(tr("Leave empty when no fee is offered."));
    auto *feeBox = new QWidget(fee);
    auto *feeRow = new QHBoxLayout(feeBox);
    feeRow->setContentsMargins(0, 0, 0, 0);
    feeRow->addWidget(m_fee);
    feeRow->addWidget(new QLabel(tr("€ per worker"), feeBox));
    feeRow->addStretch(1);
    addRow(feeForm, tr("&Fee:"), kFee, m_fee, feeBox);
    m_feeTerms = new QLineEdit(fee);
    m_feeTerms->setObjectName(QStringLiteral("feeTerms"));
    m_feeTerms->setAccessibleName(tr("Fee terms"));
    m_feeTerms->setPlaceholderText(tr("e.g. paid by the wellbeing services county, travel costs included"));
    addRow(feeForm, tr("Fee &terms:"), QStringLiteral("feeTerms"), m_feeTerms);
    left->addWidget(fee);
    auto *notesLabel = new QLabel(tr("&Notes:"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    notesLabel->setBuddy(m_notes);
    left->addWidget(notesLabel);
    left->addWidget(m_notes, 1);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Organisations whose workers may be asked:"), this);
    scopeLabel->setWordWrap(true);
    m_organisations = new QListWidget(this);
    m_organisations->setObjectName(QStringLiteral("organisationScope"));
    m_organisations->setAccessibleName(tr("Organisations whose workers may be asked"));
    m_organisations->setAccessibleDescription(tr("None checked: workers of every organisation may be asked."));
    scopeLabel->setBuddy(m_organisations);
    auto *scopeHint = new QLabel(tr("None checked: workers of every organisation may be asked."), this);
    scopeHint->setWordWrap(true);
    auto *scopeBox = new QWidget(this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    scopeLayout->addWidget(m_organisations, 1);
    scopeLayout->addWidget(scopeHint);
    right->addWidget(scopeLabel);
    right->addWidget(m_problems.add(kScope, m_organisations, scopeBox), 1);
    columns->addLayout(right, 1);

    track(m_audience, QStringLiteral("audience"));
    track(m_language, QStringLiteral("language"));
    track(m_workersNeeded, QStringLiteral("workersNeeded"));
    track(m_supervised, QStringLiteral("supervised"));
    track(m_recorded, QStringLiteral("recorded"));
    track(m_fee, kFee);
    track(m_feeTerms, QStringLiteral("feeTerms"));
    track(m_notes, QStringLiteral("notes"));
    connect(m_organisations, &QListWidget::itemChanged, this, [this] { edited(kScope); });
}

void RequestTermsForm::setOrganisations(const QVector<Organisation> &organisations)
{
    m_known = organisations;
}

void RequestTermsForm::checkOrganisations(const QVector<qint64> &ids)
{
    m_organisations->clear();
    // Inactive organisations are offered only when the request already names them.
    for (const Organisation &o : std::as_const(m_known)) {
        if (!o.active && !ids.contains(o.id))
            continue;
        auto *item = new QListWidgetItem(o.active ? o.name : tr("%1 (inactive)").arg(o.name), m_organisations);
        item->setData(Qt::UserRole, o.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ids.contains(o.id) ? Qt::Checked : Qt::Unchecked);
    }
    for (qint64 id : ids) {
        bool known = false;
        for (const Organisation &o : std::as_const(m_known))
            known = known || o.id == id;
        if (!known) {
            auto *item = new QListWidgetItem(tr("Organisation #%1").arg(id), m_organisations);
            item->setData(Qt::UserRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

void RequestTermsForm::selectLanguage(const QString &code)
{
    int index = m_language->findData(code);
    if (index < 0) {
        m_language->addItem(languageName(code), code);
        index = m_language->count() - 1;
    }
    m_language->setCurrentIndex(index);
}

void RequestTermsForm::fill(const Request &r)
{
    m_audience->setText(r.audience);
    selectLanguage(r.language);
    m_workersNeeded->setValue(r.workersNeeded);
    m_supervised->setChecked(r.supervised);
    m_recorded->setChecked(r.recorded);
    m_fee->setCents(r.feeCents);
    m_feeTerms->setText(r.feeTerms);
    checkOrganisations(r.organisationScope);
    m_notes->setPlainText(r.notes);
}

void RequestTermsForm::applyTo(Request &r) const
{
    r.audience = m_audience->text();
    r.language = m_language->currentData().toString();
    r.workersNeeded = m_workersNeeded->value();
    r.supervised = m_supervised->isChecked();
    r.recorded = m_recorded->isChecked();
    r.feeCents = m_fee->cents();
    r.feeTerms = m_feeTerms->text();
    r.organisationScope.clear();
    for (int i = 0; i < m_organisations->count(); ++i) {
        const QListWidgetItem *item = m_organisations->item(i);
        if (item->checkState() == Qt::Checked)
            r.organisationScope.append(item->data(Qt::UserRole).toLongLong());
    }
    r.notes = m_notes->toPlainText();
}

QVector<Error> RequestTermsForm::inputProblems() const
{
    if (!m_fee->isAmount())
        return { Error(Error::Code::InvalidInput, EuroAmountEdit::formatHint(), kFee) };
    return {};
}

} // namespace Kohtaamo
