/* diptych-application.h: the application: windows, app actions, about
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DIPTYCH_TYPE_APPLICATION (diptych_application_get_type ())

G_DECLARE_FINAL_TYPE (DiptychApplication, diptych_application, DIPTYCH, APPLICATION, AdwApplication)

DiptychApplication *diptych_application_new (GApplicationFlags flags);

G_END_DECLS
