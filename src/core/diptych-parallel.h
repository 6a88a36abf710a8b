/* diptych-parallel.h: a few parts of one job run at once, one per
 * processor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef void (*DiptychPartFunc) (guint    part,
                                 gpointer user_data);

guint diptych_parallel_get_n_processors (void);
void  diptych_parallel_run              (guint           n_parts,
                                         DiptychPartFunc func,
                                         gpointer        user_data);

G_END_DECLS
