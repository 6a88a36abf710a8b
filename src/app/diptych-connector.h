/* diptych-connector.h: the strip between the panes joining matching changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "diptych-diff.h"

G_BEGIN_DECLS

#define DIPTYCH_TYPE_CONNECTOR (diptych_connector_get_type ())

G_DECLARE_FINAL_TYPE (DiptychConnector, diptych_connector, DIPTYCH, CONNECTOR, GtkWidget)

GtkWidget *diptych_connector_new          (GtkTextView *left,
                                           GtkTextView *right);
void       diptych_connector_set_changes  (DiptychConnector *self,
                                           DiptychDiff      *diff,
                                           GArray           *shown);
void       diptych_connector_set_dark     (DiptychConnector *self,
                                           gboolean          dark);
guint      diptych_connector_get_n_drawn  (DiptychConnector *self);

G_END_DECLS
