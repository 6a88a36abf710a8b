/* diptych-cli-full.h: the commands that need GIO and json-glib, which
 * diptych-cli runs in diptych-cli-full
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "diptych-cli.h"
#include "diptych-sidecar.h"

G_BEGIN_DECLS

int  diptych_cli_validate       (int          argc,
                                 char       **argv);
int  diptych_cli_reanchor       (int          argc,
                                 char       **argv);
int  diptych_cli_export         (int          argc,
                                 char       **argv);

DiptychSidecar *diptych_cli_load_sidecar   (const char      *path,
                                            GError         **error);
gboolean        diptych_cli_check_version  (const char      *path,
                                            DiptychSidecar  *sidecar,
                                            const char      *what);

G_END_DECLS
