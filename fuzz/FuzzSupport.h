#pragma once

#include "office/OfficeService.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace Kohtaamo::Fuzz {

// What every target needs once per process: a QCoreApplication (Qt Sql loads its drivers through it), a fixed clock
// (the same input takes the same path every time) and a temporary folder that goes away at exit.
void initialise(int *argc, char ***argv);

QByteArray bytes(const uint8_t *data, size_t size);

// Writes `content` to one file in the process's temporary folder (the same path every time) and returns its path:
// for the readers that take a path.
QString writeInput(const QByteArray &content);

// One migrated SQLite office per process (schema, seeded taxonomy and service types), acting as the tool: each input
// runs inside an outer transaction that is rolled back, so every input meets the same empty office.
OfficeService &office();

// Runs `import` of `json` into office() and rolls everything back.
void importAndRollBack(const QByteArray &json);

} // namespace Kohtaamo::Fuzz
