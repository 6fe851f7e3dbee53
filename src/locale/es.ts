import type { HelplineLabels } from '../internal/helplines/labels';
import type { MedproseLocale } from './types';

/** The helpline words, shared by the disclaimer and the crisis box. */
const helplineLabels: HelplineLabels = {
  call: (number) => `Llamar al ${number}`,
  text: (number) => `Enviar un mensaje al ${number}`,
  emergencyLine: 'Policía, bomberos y ambulancia, cuando una vida corre peligro.',
  crisisLine: 'Hable en confidencia con una persona formada para escuchar.',
  adviceLine: 'Ayuda o consejo médico urgente cuando no se trata de una emergencia.',
  allHours: 'Disponible las 24 horas, todos los días.',
};

/**
 * Spanish, complete. Written in the formal "usted", as most health services
 * address patients. `code` is `es`: spread it to set a region,
 * `{ ...es, code: 'es-MX' }`.
 */
export const es: MedproseLocale = /* @__PURE__ */ (() => ({
  // Built in a call marked pure: bundlers keep an unused object that has a spread, which made every
  // `import { X } from 'medprose'` carry the whole Spanish locale (tests/treeShaking.test.ts).
  code: 'es',
  dir: 'ltr',
  messages: {
    ArticleHero: {
      by: 'Por',
      reviewedBy: 'Revisado médicamente por',
      on: 'el',
      published: 'Publicado el',
      updated: 'Actualizado el',
      readingTime: (minutes) => `${minutes} min de lectura`,
    },
    ArticleSection: {
      permalink: (heading) => `Enlace a la sección: ${heading}`,
    },
    FaqAccordion: {
      heading: 'Preguntas frecuentes',
      showAll: 'Mostrar todas',
      hideAll: 'Ocultar todas',
      untitledQuestion: 'Pregunta',
    },
    RelatedPosts: {
      heading: 'Artículos relacionados',
    },
    MedicalDisclaimer: {
      heading: 'Aviso médico',
      hiddenPrefix: 'Aviso médico:',
      body: [
        'Este artículo ofrece información general. No es un consejo médico y no sustituye la atención de un médico, enfermero, farmacéutico u otro profesional cualificado que conozca su salud y sus antecedentes.',
        'No empiece, deje ni cambie un tratamiento por algo que haya leído aquí, y no retrase la atención que necesite. Si algo de este artículo le preocupa, consúltelo con un profesional sanitario.',
      ],
      urgentHeading: 'Si necesita ayuda ahora',
      urgentText:
        'Si cree que podría actuar según pensamientos de hacerse daño, o si usted u otra persona corre un peligro inmediato, llame ahora a su número local de emergencias o acuda al servicio de urgencias más cercano.',
      helplinesIntro: 'También puede hablar con alguien a cualquier hora:',
      ...helplineLabels,
    },
    CrisisSupport: {
      heading: 'Si necesita ayuda ahora',
      emergencyAdvice:
        'Si cree que podría actuar según pensamientos de quitarse la vida, o si alguien corre un peligro inmediato, llame ahora a un número de emergencias o acuda al servicio de urgencias más cercano.',
      helplinesIntro:
        'Si lo está pasando mal o tiene pensamientos de suicidio, no tiene por qué afrontarlo en soledad. Puede hablar con alguien ahora:',
      ...helplineLabels,
    },
    ReviewByline: {
      reviewedBy: 'Revisado médicamente por',
      factCheckedBy: 'Datos verificados por',
      on: 'el',
      lastReviewed: 'Última revisión de la página:',
      nextReviewDue: 'Próxima revisión prevista:',
    },
    TableOfContents: {
      heading: 'En esta página',
    },
    KeyTakeaways: {
      heading: 'Puntos clave',
    },
    Callout: {
      info: 'Información:',
      warning: 'Advertencia:',
      nonUrgent: 'Consejo no urgente:',
      urgent: 'Consejo urgente:',
      emergency: 'Actúe de inmediato:',
    },
    References: {
      heading: 'Referencias',
      accessed: 'Consultado el',
      backLink: (number, occurrence, total) =>
        total > 1 ? `Volver a la cita ${occurrence} de la referencia ${number}` : `Volver a la cita de la referencia ${number}`,
    },
    Cite: {
      reference: (number) => `Referencia ${number}`,
    },
  },
}))();
