/* diptych-sidecar.h: an article's annotations, saved beside it as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-annotation-store.h"

G_BEGIN_DECLS

#define DIPTYCH_SIDECAR_FORMAT   "diptych-annotations"
#define DIPTYCH_SIDECAR_VERSION  1
#define DIPTYCH_SIDECAR_SUFFIX   ".annotations.json"

/* More annotations than this in one sidecar are refused. */
#define DIPTYCH_SIDECAR_MAX_ANNOTATIONS 200000

#define DIPTYCH_SIDECAR_ERROR (diptych_sidecar_error_quark ())

typedef enum
{
  DIPTYCH_SIDECAR_ERROR_UNREADABLE,      /* cannot be read */
  DIPTYCH_SIDECAR_ERROR_CORRUPT,         /* not JSON, empty, or a bad annotation */
  DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR,   /* JSON, but not ours */
  DIPTYCH_SIDECAR_ERROR_READ_ONLY,       /* written by a newer version */
  DIPTYCH_SIDECAR_ERROR_CHANGED_ON_DISK, /* someone else saved it since we loaded it */
  DIPTYCH_SIDECAR_ERROR_WRITE,           /* cannot be written */
} DiptychSidecarError;

#define DIPTYCH_TYPE_SIDECAR (diptych_sidecar_get_type ())

G_DECLARE_FINAL_TYPE (DiptychSidecar, diptych_sidecar, DIPTYCH, SIDECAR, GObject)

GQuark                  diptych_sidecar_error_quark       (void);
GFile                  *diptych_sidecar_file_for_article  (GFile          *article);
GFile                  *diptych_sidecar_article_for_file  (GFile          *sidecar);
DiptychSidecar         *diptych_sidecar_new               (DiptychAnnotationStore *store,
                                                           GFile          *file);
DiptychSidecar         *diptych_sidecar_load              (DiptychText    *text,
                                                           GFile          *file,
                                                           GCancellable   *cancellable,
                                                           GError        **error);
gboolean                diptych_sidecar_save              (DiptychSidecar *self,
                                                           GCancellable   *cancellable,
                                                           GError        **error);
GBytes                 *diptych_sidecar_to_bytes          (DiptychSidecar *self);
gboolean                diptych_sidecar_write_bytes       (DiptychSidecar *self,
                                                           GBytes         *bytes,
                                                           GCancellable   *cancellable,
                                                           GError        **error);
JsonNode               *diptych_sidecar_to_json           (DiptychSidecar *self);
char                   *diptych_sidecar_to_data           (DiptychSidecar *self,
                                                           gsize          *length);
GFile                  *diptych_sidecar_get_file          (DiptychSidecar *self);
DiptychAnnotationStore *diptych_sidecar_get_store         (DiptychSidecar *self);
gboolean                diptych_sidecar_get_read_only     (DiptychSidecar *self);
gboolean                diptych_sidecar_get_existed       (DiptychSidecar *self);
gint64                  diptych_sidecar_get_version       (DiptychSidecar *self);

G_END_DECLS
