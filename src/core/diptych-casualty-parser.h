/* diptych-casualty-parser.h: the structure of a casualty figure from its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-annotation.h"

G_BEGIN_DECLS

gboolean diptych_casualty_parse       (const char      *phrase,
                                       DiptychCasualty *casualty);
void     diptych_casualty_clear       (DiptychCasualty *casualty);

G_END_DECLS
