/* diptych-annotation-document.h: one article's annotations, with their
 * sidecar, autosave and the rules for a new mark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "diptych-annotation-store.h"
#include "diptych-sidecar.h"

G_BEGIN_DECLS

typedef enum
{
  DIPTYCH_DOCUMENT_STATE_EMPTY,      /*< nick=empty >*/      /* no text loaded yet */
  DIPTYCH_DOCUMENT_STATE_LOADING,    /*< nick=loading >*/
  DIPTYCH_DOCUMENT_STATE_SAVED,      /*< nick=saved >*/      /* what is shown is on disk */
  DIPTYCH_DOCUMENT_STATE_MODIFIED,   /*< nick=modified >*/   /* changed; autosave scheduled */
  DIPTYCH_DOCUMENT_STATE_SAVING,     /*< nick=saving >*/
  DIPTYCH_DOCUMENT_STATE_FAILED,     /*< nick=failed >*/     /* the last save failed: see the error */
  DIPTYCH_DOCUMENT_STATE_CONFLICT,   /*< nick=conflict >*/   /* someone else saved the sidecar: merge */
  DIPTYCH_DOCUMENT_STATE_READ_ONLY,  /*< nick=read-only >*/  /* the sidecar is newer or unreadable */
} DiptychDocumentState;

#define DIPTYCH_DOCUMENT_ERROR (diptych_document_error_quark ())

typedef enum
{
  DIPTYCH_DOCUMENT_ERROR_NO_WORDS,  /* a mark on nothing but spaces */
  DIPTYCH_DOCUMENT_ERROR_NO_TEXT,   /* the article is not loaded */
} DiptychDocumentError;

#define DIPTYCH_TYPE_ANNOTATION_DOCUMENT (diptych_annotation_document_get_type ())

G_DECLARE_FINAL_TYPE (DiptychAnnotationDocument, diptych_annotation_document, DIPTYCH, ANNOTATION_DOCUMENT, GObject)

GQuark                     diptych_document_error_quark                (void);

DiptychAnnotationDocument *diptych_annotation_document_new             (GFile                     *article);
GFile                     *diptych_annotation_document_get_file        (DiptychAnnotationDocument *self);
GFile                     *diptych_annotation_document_get_sidecar_file (DiptychAnnotationDocument *self);
void                       diptych_annotation_document_set_sidecar_file (DiptychAnnotationDocument *self,
                                                                          GFile                     *sidecar);
DiptychText               *diptych_annotation_document_get_text        (DiptychAnnotationDocument *self);
DiptychAnnotationStore    *diptych_annotation_document_get_store       (DiptychAnnotationDocument *self);
DiptychDocumentState       diptych_annotation_document_get_state       (DiptychAnnotationDocument *self);
const GError              *diptych_annotation_document_get_error       (DiptychAnnotationDocument *self);
gboolean                   diptych_annotation_document_get_modified    (DiptychAnnotationDocument *self);
gboolean                   diptych_annotation_document_get_sidecar_exists (DiptychAnnotationDocument *self);
gboolean                   diptych_annotation_document_get_article_changed (DiptychAnnotationDocument *self);
guint                      diptych_annotation_document_get_autosave_delay (DiptychAnnotationDocument *self);
void                       diptych_annotation_document_set_autosave_delay (DiptychAnnotationDocument *self,
                                                                          guint                      delay_ms);

void                       diptych_annotation_document_load_async      (DiptychAnnotationDocument *self,
                                                                        DiptychText               *text,
                                                                        GCancellable              *cancellable,
                                                                        GAsyncReadyCallback        callback,
                                                                        gpointer                   user_data);
gboolean                   diptych_annotation_document_load_finish     (DiptychAnnotationDocument *self,
                                                                        GAsyncResult              *result,
                                                                        GError                   **error);
void                       diptych_annotation_document_save_async      (DiptychAnnotationDocument *self,
                                                                        GCancellable              *cancellable,
                                                                        GAsyncReadyCallback        callback,
                                                                        gpointer                   user_data);
gboolean                   diptych_annotation_document_save_finish     (DiptychAnnotationDocument *self,
                                                                        GAsyncResult              *result,
                                                                        GError                   **error);
void                       diptych_annotation_document_save_as_async   (DiptychAnnotationDocument *self,
                                                                        GFile                     *sidecar,
                                                                        GCancellable              *cancellable,
                                                                        GAsyncReadyCallback        callback,
                                                                        gpointer                   user_data);
gboolean                   diptych_annotation_document_save_as_finish  (DiptychAnnotationDocument *self,
                                                                        GAsyncResult              *result,
                                                                        GError                   **error);
void                       diptych_annotation_document_merge_async     (DiptychAnnotationDocument *self,
                                                                        GCancellable              *cancellable,
                                                                        GAsyncReadyCallback        callback,
                                                                        gpointer                   user_data);
gboolean                   diptych_annotation_document_merge_finish    (DiptychAnnotationDocument *self,
                                                                        GAsyncResult              *result,
                                                                        GError                   **error);

DiptychAnnotation         *diptych_annotation_document_prepare_mark    (DiptychAnnotationDocument *self,
                                                                        DiptychAnnotationKind      kind,
                                                                        gsize                      start,
                                                                        gsize                      end,
                                                                        gboolean                  *existing,
                                                                        GError                   **error);
DiptychAnnotation         *diptych_annotation_document_at_offset       (DiptychAnnotationDocument *self,
                                                                        gsize                      offset);

G_END_DECLS
