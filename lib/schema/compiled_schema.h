// The parts of a compiled schema that only the schema layer sees: the bundled document and valijson's
// schema built over it (the custom constraints point into the document, so the two live and die together).
#pragma once

#include <memory>

#include <simdjson.h>
#include <valijson/schema.hpp>

#include "mlmlint/schema/schema_registry.h"

namespace mlmlint {

struct CompiledSchemaParts {
  std::unique_ptr<simdjson::dom::parser> parser;  // owns the bundled document the constraints point into
  valijson::Schema schema;
};

}  // namespace mlmlint
