export * from './ParticipantRoles';
export * from './ParticipantRoles.types';
